using System.Globalization;
using System.Text;
using Triangulate.Documents;
using Triangulate.Evaluation.Baselines;
using Triangulate.Evaluation.Scoring;

namespace Triangulate.Evaluation.Sets;

/// <summary>A gold entity mention of an article for the issue-5 protocol: article index, span, gold chain, and the
/// gold scope (ECB+ topic, NewsWCL50 event, MEANTIME topic) inside which the baseline clusters.</summary>
public sealed record ProtocolMention(int Article, Span Span, string Text, string Chain, string Scope)
{
    public (int, int, int) Id => (Article, Span.Start, Span.End);
}

/// <summary>
/// Issue 5's cross-document entity coreference protocol, shared by ECB+, NewsWCL50 and MEANTIME:
/// <list type="bullet">
/// <item>The system side is the product's whole entity path on the raw articles: mentions found by the mentions stage,
/// articles grouped into predicted stories by the story clusterer, article-local entities merged across the articles
/// of each predicted story by the entity merger — as <c>brief</c> does when given all the articles of the split.</item>
/// <item>Each NAMED gold mention (<see cref="IsNamed"/>) takes the entity of the system mention that overlaps it most
/// (most shared characters, a trailing possessive 's not counted; ties: the shorter system mention, then the earlier);
/// a gold mention no system mention
/// overlaps is a singleton. Only gold mentions are scored, so the score measures linking plus mention recall.</item>
/// <item>Beside it: the same-head-lemma baseline on the same named gold mentions within each gold scope, the same
/// scorer (<see cref="CorefScoring"/>), and the share of named gold mentions no system mention overlaps.</item>
/// </list>
/// The grouping reported first is the predicted stories, because that is what the product does; the whole set as one
/// story and the gold scopes as stories (an oracle) are printed below it to show what story errors cost.
/// </summary>
public static class EntityProtocol
{
    /// <summary>Rows for the protocol. <paramref name="goldScopes"/> is the gold story/topic of each article.</summary>
    internal static void AddRows(ReportTable table, IReadOnlyList<Article> articles, IReadOnlyList<ProtocolMention> named,
        IReadOnlyList<string> goldScopes, string scopeName, SystemComponents components, string? errorsPath = null)
    {
        var key = CorefScoring.ClustersFromLabels(named.Select(m => (m.Id, m.Chain)));
        var baseline = HeadLemmaBaseline.Cluster(named, m => m.Scope, m => m.Text).Select(c => c.Select(m => m.Id)).ToList();
        table.Add("named entities, same-head-lemma baseline", $"named gold mentions, within gold {scopeName}",
            ReportTable.Coref(CorefScoring.Score(key, baseline)));
        if (components.SystemEntities is not { } adapter)
        {
            table.Add("named entities, system", "system mentions, merged per predicted story", ReportTable.NotAvailable);
            return;
        }
        var system = adapter.Analyze(articles);
        var storyLabels = system.Stories;
        var oneStory = articles.Select(_ => "all").ToList();
        foreach (var (setting, groups) in new (string, IReadOnlyList<string>)[]
                 {
                     ("system mentions, merged per predicted story", storyLabels),
                     ("system mentions, whole set merged as one story", oneStory),
                     ($"system mentions, merged per gold {scopeName} (oracle)", goldScopes),
                 })
        {
            var merged = system.Merge(groups);
            var labels = Assign(named, merged);
            var response = CorefScoring.ClustersFromLabels(named.Select((m, i) => (m.Id, labels[i] ?? "unmatched/" + i)));
            table.Add("named entities, system (issue 5 protocol)", setting, ReportTable.Coref(CorefScoring.Score(key, response)));
            if (errorsPath is not null && ReferenceEquals(groups, storyLabels)) WriteErrors(errorsPath, articles, named, labels);
        }
        var unmatched = Assign(named, system.Merge(storyLabels)).Count(l => l is null);
        table.Add("named entities, system mention recall", "named gold mentions overlapped by a system mention",
            string.Create(CultureInfo.InvariantCulture,
                $"{ReportTable.Pct(1 - (double)unmatched / Math.Max(1, named.Count))}  ({unmatched} of {named.Count} unmatched, scored as singletons)"));
        var predicted = storyLabels.Distinct(StringComparer.Ordinal).Count();
        table.Add("named entities, predicted stories used", "story clusterer over all articles of the split",
            string.Create(CultureInfo.InvariantCulture, $"{predicted} stories (gold {scopeName}s {goldScopes.Distinct(StringComparer.Ordinal).Count()})"));
    }

    /// <summary>The entity label each gold mention takes: that of the system mention overlapping it most, or null.</summary>
    public static string?[] Assign(IReadOnlyList<ProtocolMention> gold, IReadOnlyList<IReadOnlyList<SystemEntityMention>> system)
    {
        var labels = new string?[gold.Count];
        for (var i = 0; i < gold.Count; i++)
        {
            var g = gold[i];
            var end = g.Span.End - PossessiveLength(g.Text);
            SystemEntityMention? best = null; var bestOverlap = 0;
            foreach (var s in system[g.Article])
            {
                var overlap = Math.Min(end, s.Span.End) - Math.Max(g.Span.Start, s.Span.Start);
                if (overlap <= 0) continue;
                if (best is not { } b || overlap > bestOverlap
                    || overlap == bestOverlap && (s.Span.End - s.Span.Start < b.Span.End - b.Span.Start
                        || s.Span.End - s.Span.Start == b.Span.End - b.Span.Start && s.Span.Start < b.Span.Start))
                {
                    best = s; bestOverlap = overlap;
                }
            }
            labels[i] = best?.Entity;
        }
        return labels;
    }

    /// <summary>Characters of a trailing possessive ("Lindsay Lohan's", "The Washington Post 's"): not part of the
    /// name, so they do not count towards overlap — otherwise a description starting with the owner ("Lindsay Lohan's
    /// attorney") overlaps the gold name more than the system's own mention of the name does.</summary>
    private static readonly string[] PossessiveSuffixes = [" 's", " ’s", "'s", "’s"];

    private static int PossessiveLength(string text)
    {
        foreach (var p in PossessiveSuffixes)
            if (text.Length > p.Length + 1 && text.EndsWith(p, StringComparison.Ordinal)) return p.Length;
        return 0;
    }

    /// <summary>Development aid (run it on train only): each gold chain with the system entities its named mentions
    /// took, and each system entity holding more than one gold chain.</summary>
    private static void WriteErrors(string path, IReadOnlyList<Article> articles, IReadOnlyList<ProtocolMention> named, string?[] labels)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# gold chains split over system entities");
        foreach (var chain in named.Select((m, i) => (m, l: labels[i] ?? "(none)")).GroupBy(x => x.m.Chain, StringComparer.Ordinal))
        {
            var parts = chain.GroupBy(x => x.l, StringComparer.Ordinal).ToArray();
            if (parts.Length < 2) continue;
            sb.AppendLine($"chain {chain.Key}");
            foreach (var p in parts)
                sb.AppendLine($"   {p.Key}: " + string.Join(" | ", p.Select(x => $"{articles[x.m.Article].Id}:'{x.m.Text}'").Distinct().Take(6)));
        }
        sb.AppendLine("# system entities joining gold chains");
        foreach (var entity in named.Select((m, i) => (m, l: labels[i])).Where(x => x.l is not null).GroupBy(x => x.l!, StringComparer.Ordinal))
        {
            var chains = entity.GroupBy(x => x.m.Chain, StringComparer.Ordinal).ToArray();
            if (chains.Length < 2) continue;
            sb.AppendLine($"entity {entity.Key}");
            foreach (var c in chains)
                sb.AppendLine($"   {c.Key}: " + string.Join(" | ", c.Select(x => $"{articles[x.m.Article].Id}:'{x.m.Text}'").Distinct().Take(6)));
        }
        sb.AppendLine("# named gold mentions no system mention overlaps");
        foreach (var (m, _) in named.Select((m, i) => (m, labels[i])).Where(x => x.Item2 is null))
            sb.AppendLine($"   {articles[m.Article].Id}:'{m.Text}'  …{Context(articles[m.Article].Text, m.Span)}…");
        File.WriteAllText(path, sb.ToString());
    }

    private static string Context(string text, Span s)
        => text[Math.Max(0, s.Start - 40)..Math.Min(text.Length, s.End + 40)].Replace('\n', ' ');

    private static readonly HashSet<string> NeverNames = new(StringComparer.Ordinal)
    {
        "i", "he", "she", "it", "we", "you", "they", "him", "her", "them", "us", "me", "his", "its", "their", "our", "my",
        "your", "who", "whom", "this", "that", "these", "those", "the", "a", "an", "one", "everyone", "someone", "both",
    };

    private static readonly HashSet<string> PostModifiers = new(StringComparer.Ordinal)
    {
        "of", "in", "at", "from", "on", "near", "for", "with", "by", ",", "who", "which", "that", "(", "--", "-",
    };

    /// <summary>
    /// A gold mention is NAMED when its head word is a proper name. The head is the last word (a token holding a
    /// letter; "'s" skipped) before the first post-modifier ("of", "in", "at", "from", "on", "near", "for", "with",
    /// "by", a comma, "who", "which", "that", a bracket or dash) after the first token — so "the actress Lindsay Lohan"
    /// (Lohan), "Democratic People's Republic of Korea" (Republic) and "South Korea's spy chief" (chief) have heads
    /// Lohan, Republic, chief. The head is a name when it holds a capital letter, except where capitalisation is forced:
    /// at the start of a sentence (after opening punctuation) or in a headline-cased line (at least three words of four
    /// or more letters, over 70% of them capitalised); there it counts only if the document never writes the same word
    /// in lower case and it is not a pronoun or determiner ("Police said" with "police" elsewhere is not a name).
    /// The text is the evaluation sets' rebuilt text: tokens joined by single spaces, sentences by line breaks.
    /// </summary>
    public static bool IsNamed(string text, Span span, IReadOnlySet<string> lowerCaseWords)
    {
        var tokens = Tokens(text, span.Start, span.End);
        if (tokens.Count == 0) return false;
        var cut = tokens.FindIndex(1, t => PostModifiers.Contains(text[t.Start..t.End].ToLowerInvariant()));
        if (cut > 0) tokens = tokens[..cut];
        var headIndex = tokens.FindLastIndex(t =>
        {
            var w = text[t.Start..t.End];
            return w.Any(char.IsLetter) && w is not ("'s" or "’s" or "'" or "’");
        });
        if (headIndex < 0) return false;
        var head = tokens[headIndex];
        var word = text[head.Start..head.End];
        if (!word.Any(char.IsUpper)) return false;
        var lower = word.ToLowerInvariant();
        if (NeverNames.Contains(lower)) return false;
        var firstLetter = word.First(char.IsLetter);
        if (!char.IsUpper(firstLetter) || word.Skip(1).Any(char.IsUpper)) return true; // iPhone, NATO, McCain
        if (!IsForced(text, head.Start)) return true;
        return !lowerCaseWords.Contains(lower);
    }

    /// <summary>The words a document writes starting in lower case (for <see cref="IsNamed"/>).</summary>
    public static IReadOnlySet<string> LowerCaseWords(string text)
        => Tokens(text, 0, text.Length).Select(t => text[t.Start..t.End])
            .Where(w => w.Length > 0 && char.IsLower(w[0])).ToHashSet(StringComparer.Ordinal);

    private static bool IsForced(string text, int start)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', start);
        if (lineEnd < 0) lineEnd = text.Length;
        // only opening punctuation (quotes, brackets, dashes) between the line start and the word
        if (text[lineStart..start].All(c => !char.IsLetterOrDigit(c))) return true;
        var words = Tokens(text, lineStart, lineEnd).Select(t => text[t.Start..t.End])
            .Where(w => w.Length >= 4 && w.All(char.IsLetter)).ToArray();
        return words.Length >= 3 && words.Count(w => char.IsUpper(w[0])) > 0.7 * words.Length;
    }

    private static List<Span> Tokens(string text, int start, int end)
    {
        var list = new List<Span>();
        var i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            var s = i;
            while (i < end && !char.IsWhiteSpace(text[i])) i++;
            if (i > s) list.Add(new Span(s, i));
        }
        return list;
    }
}
