using System.Globalization;
using Triangulate.Fusion;

namespace Triangulate.Tests.Fusion;

public sealed class FusionSpecTests
{
    private static string SpecDir => Path.Combine(AppContext.BaseDirectory, "Specs", "Fusion");

    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(SpecDir, "*.md").Order(StringComparer.Ordinal))
            if (!Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase)) data.Add(Path.GetFileName(f));
        return data;
    }

    public static Story Run(FusionSpec spec)
    {
        var ctx = spec.Context();
        var story = new Story("s1", spec.Name, ctx.Articles.Select(a => a.Article.Id).ToList());
        foreach (var stage in ClaimStages.All()) story = stage.Apply(ctx, story);
        return story;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Spec_holds(string file)
    {
        var spec = FusionSpec.Parse(file, File.ReadAllText(Path.Combine(SpecDir, file)));
        spec.Expectations.ShouldNotBeEmpty();
        var story = Run(spec);
        if (Environment.GetEnvironmentVariable("FUSION_DUMP") is { Length: > 0 } dump)
            File.WriteAllText(Path.Combine(dump, file + ".out"), Describe(story));
        CheckInvariants(spec, story);
        var failures = new List<string>();
        foreach (var e in spec.Expectations)
        {
            var ok = Holds(story, e);
            if (ok == e.Negated) failures.Add(e.Line);
        }
        failures.ShouldBeEmpty(Describe(story));
    }

    /// <summary>What every story must satisfy: evidence spans index the original text, summary sentences are
    /// verbatim text of their first evidence span, ids unique.</summary>
    private static void CheckInvariants(FusionSpec spec, Story story)
    {
        var texts = spec.Articles.ToDictionary(a => a.Article.Id, a => a.Text);
        IEnumerable<ArticleSpanLike> spans =
            (story.Claims ?? []).SelectMany(c => c.Evidence).Select(s => new ArticleSpanLike(s.Article, s.Start, s.End, s.Text))
            .Concat((story.Timeline ?? []).SelectMany(t => t.Evidence).Select(s => new ArticleSpanLike(s.Article, s.Start, s.End, s.Text)))
            .Concat((story.Summary ?? []).SelectMany(t => t.Evidence).Select(s => new ArticleSpanLike(s.Article, s.Start, s.End, s.Text)))
            .Concat((story.Quotes ?? []).SelectMany(q => q.Versions).Select(v => new ArticleSpanLike(v.Article, v.Start, v.End, v.Text)));
        foreach (var s in spans) texts[s.Article].Substring(s.Start, s.End - s.Start).ShouldBe(s.Text);
        foreach (var s in story.Summary ?? [])
        {
            s.Evidence.ShouldNotBeEmpty();
            System.Text.RegularExpressions.Regex.Replace(s.Evidence[0].Text, @"\s+", " ").ShouldBe(s.Text);
        }
        (story.Claims ?? []).Select(c => c.Id).ShouldBeUnique();
        (story.Disagreements ?? []).Select(d => d.Id).ShouldBeUnique();
        (story.Quotes ?? []).Select(q => q.Id).ShouldBeUnique();
    }

    private sealed record ArticleSpanLike(string Article, int Start, int End, string Text);

    private static bool Contains(string? haystack, string needle) => haystack is not null && haystack.Contains(needle, StringComparison.OrdinalIgnoreCase);

    private static bool Holds(Story story, FusionSpec.Expectation e)
    {
        var f = e.Fields;
        int? Int(string k) => f.TryGetValue(k, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        double? Num(string k) => f.TryGetValue(k, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : null;
        switch (e.Kind)
        {
            case "quote":
                return (story.Quotes ?? []).Any(q =>
                    (!f.TryGetValue("speaker~", out var sp) || Contains(q.SpeakerName, sp))
                    && (Int("versions") is not { } n || q.Versions.Count == n)
                    && (Int("articles") is not { } a || q.Versions.Select(v => v.Article).Distinct().Count() == a)
                    && (!f.TryGetValue("text~", out var t) || q.Versions.Any(v => Contains(v.Text, t)))
                    && (!f.TryGetValue("difference~", out var d) || q.Differences.Any(x => Contains(x, d)))
                    && (!f.TryGetValue("spoken", out var said) || q.Versions.Any(v => v.Spoken == said))
                    && (!f.TryGetValue("chain", out var chain) || q.Versions.Any(v => string.Join("|", v.Chain) == chain)));
            case "claim":
                return (story.Claims ?? []).Any(c =>
                    (Num("value") is not { } v || c.Value == v)
                    && (Num("max") is not { } mx || c.Max == mx)
                    && (Int("articles") is not { } a || c.ArticleCount == a)
                    && (Int("independent") is not { } i || c.IndependentSources == i)
                    && (!f.TryGetValue("status", out var st) || c.Status == st)
                    && (!f.TryGetValue("target", out var tg) || c.Target == bool.Parse(tg))
                    && (!f.TryGetValue("asOf", out var ao) || c.AsOf == ao)
                    && (!f.TryGetValue("source~", out var so) || c.SourceNames.Any(n => Contains(n, so)))
                    && (!f.TryGetValue("statement~", out var sm) || Contains(c.Statement, sm)));
            case "disagreement":
                return (story.Disagreements ?? []).Any(d =>
                    (!f.TryGetValue("kind", out var k) || d.Kind == k)
                    && (!f.TryGetValue("about~", out var ab) || Contains(d.About, ab))
                    && (!f.TryGetValue("explanation~", out var ex) || Contains(d.Explanation, ex))
                    && (Int("positions") is not { } p || d.Positions.Count == p));
            case "change":
            {
                var claims = (story.Claims ?? []).ToDictionary(c => c.Id);
                var want = f.GetValueOrDefault("values", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToList();
                return (story.Changes ?? []).Any(c => c.Steps.Select(s => claims[s.Claim].Value ?? double.NaN).SequenceEqual(want)
                    && (!f.TryGetValue("about~", out var ab) || Contains(c.About, ab)));
            }
            case "timeline":
                return (story.Timeline ?? []).Any(t =>
                    (!f.TryGetValue("date", out var dt) || t.Date == dt)
                    && (!f.TryGetValue("event~", out var ev) || Contains(t.Event, ev))
                    && (!f.TryGetValue("also", out var al) || string.Join(",", t.AlsoDated) == al)
                    && (Int("articles") is not { } a || t.Evidence.Select(x => x.Article).Distinct().Count() == a));
            case "timeline-order":
            {
                var dates = (story.Timeline ?? []).Select(t => FusionText.SortableDate(t.Date)).ToList();
                return dates.SequenceEqual(dates.Order(StringComparer.Ordinal));
            }
            case "summary":
                return (story.Summary ?? []).Count >= (Int("min") ?? 1)
                       && (!f.TryGetValue("text~", out var st2) || story.Summary!.Any(s => Contains(s.Text, st2)));
            case "story":
                return Int("independent") is not { } si || story.IndependentSources == si;
            default:
                throw new InvalidOperationException("Unknown expectation: " + e.Line);
        }
    }

    internal static string Describe(Story story)
    {
        var sb = new System.Text.StringBuilder("\nOUTPUT:\n");
        foreach (var q in story.Quotes ?? []) sb.AppendLine($"quote {q.Id} {q.SpeakerName} ({q.Speaker}) {q.Kind} v={q.Versions.Count} [{string.Join(",", q.Versions.Select(v => v.Article))}] diffs: {string.Join(" | ", q.Differences)}");
        foreach (var c in story.Claims ?? []) sb.AppendLine($"claim {c.Id} {c.Kind} {c.Status} {c.Value} max={c.Max} q={c.Qualifier} asOf={c.AsOf} target={c.Target} articles={c.ArticleCount} indep={c.IndependentSources} src=[{string.Join(",", c.SourceNames)}] '{c.Statement}'");
        foreach (var c in story.Changes ?? []) sb.AppendLine($"change {c.About}: {string.Join(" -> ", c.Steps.Select(s => s.Claim + "@" + s.Date))}");
        foreach (var d in story.Disagreements ?? []) sb.AppendLine($"disagreement {d.Id} {d.Kind} about='{d.About}' {d.Explanation}");
        foreach (var t in story.Timeline ?? []) sb.AppendLine($"timeline {t.Date} {t.Mod} '{t.Event}' [{string.Join(",", t.Evidence.Select(x => x.Article))}]");
        foreach (var s in story.Summary ?? []) sb.AppendLine($"summary '{s.Text}' ev={s.Evidence.Count}");
        sb.AppendLine($"story independentSources={story.IndependentSources}");
        return sb.ToString();
    }
}
