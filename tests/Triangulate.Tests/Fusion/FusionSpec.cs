using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Documents;
using Triangulate.Fusion;

namespace Triangulate.Tests.Fusion;

/// <summary>
/// A readable multi-article spec (tests/Triangulate.Tests/Specs/Fusion/*.md): articles as fenced text blocks,
/// each followed by the single-article annotations the extractors would give (mentions, quotes, quantities,
/// times; spans located by their text, "@2" for a second occurrence), then an "## Expect" list checked against the
/// story stages' output. See Specs/Fusion/README.md for the syntax.
/// </summary>
public sealed partial class FusionSpec
{
    public required string Name { get; init; }
    public required IReadOnlyList<AnalyzedArticle> Articles { get; init; }
    public required IReadOnlyDictionary<string, string> CopyOf { get; init; }
    public required IReadOnlyList<Expectation> Expectations { get; init; }

    public sealed record Expectation(string Kind, bool Negated, IReadOnlyDictionary<string, string> Fields, string Line);

    [GeneratedRegex(@"^##\s+Article\s+(?<id>\S+)(\s*\((?<meta>[^)]*)\))?\s*$")]
    private static partial Regex ArticleHeader();

    [GeneratedRegex(@"(?<key>[A-Za-z]+)(?<op>=|~)(""(?<q>[^""]*)""(?<n>@\d+)?|(?<v>\S+))")]
    private static partial Regex Field();

    [GeneratedRegex(@"^-\s+(?<kind>mention|quote|quantity|time)\s+""(?<text>[^""]+)""(@(?<n>\d+))?(?<rest>.*)$")]
    private static partial Regex Annotation();

    public static FusionSpec Parse(string name, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var articles = new List<AnalyzedArticle>();
        var copyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var expectations = new List<Expectation>();
        string? id = null;
        Dictionary<string, string> meta = new();
        string? text = null;
        var annotations = new List<string>();
        var inExpect = false;

        void Flush()
        {
            if (id is null || text is null) return;
            articles.Add(Build(id, text, meta, annotations));
            if (meta.TryGetValue("copyOf", out var c)) copyOf[id] = c;
            id = null; text = null; annotations.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var h = ArticleHeader().Match(line);
            if (h.Success)
            {
                Flush();
                inExpect = false;
                id = h.Groups["id"].Value;
                meta = ParseFields(h.Groups["meta"].Value.Replace(",", " ", StringComparison.Ordinal).Replace(": ", "=", StringComparison.Ordinal));
                continue;
            }
            if (line.StartsWith("## Expect", StringComparison.Ordinal)) { Flush(); inExpect = true; continue; }
            if (id is not null && text is null && line.StartsWith("```", StringComparison.Ordinal))
            {
                var body = new List<string>();
                for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++) body.Add(lines[i]);
                text = string.Join("\n", body);
                continue;
            }
            if (inExpect && line.StartsWith("- ", StringComparison.Ordinal))
            {
                var rest = line[2..].Trim();
                var negated = rest.StartsWith("no ", StringComparison.Ordinal);
                if (negated) rest = rest[3..];
                var kind = rest.Split(' ')[0];
                expectations.Add(new Expectation(kind, negated, ParseFields(rest[kind.Length..]), line));
                continue;
            }
            if (id is not null && text is not null && line.StartsWith("- ", StringComparison.Ordinal)) annotations.Add(line);
        }
        Flush();
        return new FusionSpec { Name = name, Articles = articles, CopyOf = copyOf, Expectations = expectations };
    }

    private static Dictionary<string, string> ParseFields(string s)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Field().Matches(s))
        {
            var key = m.Groups["key"].Value + (m.Groups["op"].Value == "~" ? "~" : "");
            d[key] = m.Groups["q"].Success ? m.Groups["q"].Value + m.Groups["n"].Value : m.Groups["v"].Value;
        }
        return d;
    }

    private static Span Locate(string text, string needle, int occurrence, string context)
    {
        var at = -1;
        for (var k = 0; k < occurrence; k++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new InvalidOperationException($"'{needle}' (occurrence {occurrence}) not found: {context}");
        }
        return new Span(at, at + needle.Length);
    }

    private static (Span Span, int After) LocateRef(string text, string value, string context)
    {
        var m = Regex.Match(value, @"^(?<t>.*?)(@(?<n>\d+))?$");
        var n = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : 1;
        var span = Locate(text, m.Groups["t"].Value, n, context);
        return (span, span.End);
    }

    private static AnalyzedArticle Build(string id, string text, Dictionary<string, string> meta, List<string> annotations)
    {
        var mentions = new List<Mention>();
        var quotes = new List<Quote>();
        var quantities = new List<Quantity>();
        var times = new List<TimeExpression>();
        foreach (var line in annotations)
        {
            var m = Annotation().Match(line);
            if (!m.Success) throw new InvalidOperationException("Bad annotation: " + line);
            var f = ParseFields(m.Groups["rest"].Value);
            var occurrence = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : 1;
            var raw = m.Groups["text"].Value;
            switch (m.Groups["kind"].Value)
            {
                case "mention":
                {
                    var span = Locate(text, raw, occurrence, line);
                    var kind = Enum.Parse<EntityKind>(f.GetValueOrDefault("kind", "person"), ignoreCase: true);
                    mentions.Add(new Mention(span.Start, span.End, raw, kind, f.GetValueOrDefault("entity", "x" + mentions.Count),
                        f.GetValueOrDefault("canonical", raw), f.GetValueOrDefault("role")));
                    break;
                }
                case "quote":
                {
                    // "part one|part two" marks a quotation interrupted by its attribution.
                    var pieces = raw.Split('|');
                    var parts = new List<Span>();
                    var from = 0;
                    foreach (var p in pieces)
                    {
                        var at = text.IndexOf(p, from, StringComparison.Ordinal);
                        if (at < 0) throw new InvalidOperationException($"quote part '{p}' not found: {line}");
                        if (parts.Count == 0 && occurrence > 1) at = Locate(text, p, occurrence, line).Start;
                        parts.Add(new Span(at, at + p.Length));
                        from = at + p.Length;
                    }
                    var start = parts[0].Start;
                    var end = parts[^1].End;
                    SpeakerRef? speaker = null;
                    if (f.TryGetValue("speaker", out var sp))
                    {
                        var (s, _) = LocateRef(text, sp, line);
                        speaker = new SpeakerRef(s.Start, s.End, s.TextOf(text), f.GetValueOrDefault("entity"), f.GetValueOrDefault("canonical", s.TextOf(text)));
                    }
                    Span? cue = f.TryGetValue("cue", out var c) ? LocateRef(text, c, line).Span : null;
                    var chain = f.TryGetValue("chain", out var ch) ? ch.Split('|') : speaker?.Canonical is { } cn ? [cn] : [];
                    var chainEntities = f.TryGetValue("chainEntities", out var ce)
                        ? ce.Split('|').Select(x => x == "-" ? null : x).ToArray()
                        : chain.Length == 1 ? [speaker?.Entity] : chain.Select(_ => (string?)null).ToArray();
                    quotes.Add(new Quote(Enum.Parse<QuoteKind>(f.GetValueOrDefault("kind", "direct"), ignoreCase: true), start, end, text[start..end])
                    {
                        Parts = parts.Count > 1 ? parts : [],
                        Speaker = speaker, Cue = cue, Chain = chain, ChainEntities = chainEntities,
                        Negated = f.GetValueOrDefault("negated") == "true",
                    });
                    break;
                }
                case "quantity":
                {
                    var span = Locate(text, raw, occurrence, line);
                    Span? aboutSpan = null;
                    if (f.TryGetValue("about", out var about))
                    {
                        var at = text.IndexOf(about, span.End, StringComparison.Ordinal);
                        if (at >= 0 && at - span.End < 40) aboutSpan = new Span(at, at + about.Length);
                    }
                    quantities.Add(new Quantity(span.Start, span.End, raw)
                    {
                        Value = f.TryGetValue("value", out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : null,
                        Max = f.TryGetValue("max", out var mx) ? double.Parse(mx, CultureInfo.InvariantCulture) : null,
                        Unit = f.GetValueOrDefault("unit"), About = f.GetValueOrDefault("about"), AboutSpan = aboutSpan,
                        Qualifier = f.GetValueOrDefault("qualifier"), Change = f.GetValueOrDefault("change"), Vague = f.GetValueOrDefault("vague"),
                    });
                    break;
                }
                case "time":
                {
                    var span = Locate(text, raw, occurrence, line);
                    times.Add(new TimeExpression(span.Start, span.End, raw, f.GetValueOrDefault("value"),
                        Enum.Parse<TimeType>(f.GetValueOrDefault("type", "date"), ignoreCase: true))
                    { Mod = f.GetValueOrDefault("mod"), Relative = f.ContainsKey("relative") });
                    break;
                }
            }
        }
        var article = new Article
        {
            Id = id, Source = id + ".txt", Text = text,
            Published = meta.TryGetValue("published", out var pub) ? DateOnly.ParseExact(pub, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Outlet = meta.GetValueOrDefault("outlet"),
        };
        var segmented = new Triangulate.Text.SegmentationStage().Apply(new AnalyzedArticle(article));
        return segmented with
        {
            Mentions = mentions.OrderBy(x => x.Start).ToList(),
            Quotes = quotes.OrderBy(x => x.Start).ToList(),
            Quantities = quantities.OrderBy(x => x.Start).ToList(),
            Times = times.OrderBy(x => x.Start).ToList(),
        };
    }

    public StoryContext Context() => new()
    {
        StoryId = "s1",
        Articles = Articles.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList(),
        CopyOf = CopyOf,
        Entities = new NameEntityIndex(Articles),
    };
}

/// <summary>Cross-article entities for tests: local entities whose canonical names fold to the same key
/// (<see cref="FusionText.NameKey"/>) are one story entity.</summary>
public sealed class NameEntityIndex : IEntityIndex
{
    private readonly Dictionary<(string, string), string> _map = new();

    public NameEntityIndex(IEnumerable<AnalyzedArticle> articles)
    {
        var byKey = new Dictionary<string, (string Id, List<Mention> Mentions, List<string> Articles)>(StringComparer.Ordinal);
        var entities = new List<string>();
        foreach (var doc in articles.OrderBy(a => a.Article.Id, StringComparer.Ordinal))
            foreach (var m in doc.Mentions)
            {
                var key = FusionText.NameKey(m.Canonical);
                if (!byKey.TryGetValue(key, out var e))
                {
                    e = ("e" + (byKey.Count + 1).ToString(CultureInfo.InvariantCulture), [], []);
                    byKey[key] = e;
                    entities.Add(key);
                }
                e.Mentions.Add(m);
                e.Articles.Add(doc.Article.Id);
                _map[(doc.Article.Id, m.Entity)] = e.Id;
            }
        Entities = entities.Select(k =>
        {
            var e = byKey[k];
            var first = e.Mentions[0];
            return new StoryEntity(e.Id, first.Canonical, first.Kind, e.Mentions.Select(m => m.Role).FirstOrDefault(r => r is not null),
                e.Mentions.Select(m => m.Canonical).Distinct().ToList(),
                e.Mentions.Select((m, i) => new ArticleSpan(e.Articles[i], m.Start, m.End, m.Text)).ToList());
        }).ToList();
    }

    public string? Resolve(string articleId, string localEntity) => _map.GetValueOrDefault((articleId, localEntity));

    public IReadOnlyList<StoryEntity> Entities { get; }
}
