using System.Text.Json;
using Triangulate.Documents;
using Triangulate.Fusion;

namespace Triangulate.Tests.Rendering;

/// <summary>Hand-built analysed articles and briefs (invented text, not the sample corpus) that exercise every field
/// the renderers print, so contract tests do not depend on what the extractors currently find.</summary>
internal static class Fixtures
{
    public const string TextB = " date 2021-03-04 Photo: harbour at dawn (Reuters)\n\nThe port authority said on Tuesday that 1,200 containers were stuck. “We are working day and night,” said director Ana Ruiz.\n";
    public const string TextA = "Ships wait outside Rotterdam.\n\nAna Ruiz, the port’s director, said “at least 1,500 containers” were delayed.\n";

    private static Span Find(string text, string what, int from = 0)
    {
        var i = text.IndexOf(what, from, StringComparison.Ordinal);
        if (i < 0) throw new InvalidOperationException($"fixture text lacks '{what}'");
        return new Span(i, i + what.Length);
    }

    /// <summary>Article "b-2" with every stage's output; "a-1" with only cleaning and mentions run.</summary>
    public static IReadOnlyList<AnalyzedArticle> Articles()
    {
        var b = new Article { Id = "b-2", Source = "in/b-2.txt", Text = TextB, Published = new DateOnly(2021, 3, 4),
            KnownNoise = [new RemovedSpan(0, 16, NoiseKind.Metadata)] };
        var caption = Find(TextB, "Photo: harbour at dawn (Reuters)");
        var authority = Find(TextB, "The port authority");
        var ruiz = Find(TextB, "Ana Ruiz");
        var director = Find(TextB, "director");
        var quote = Find(TextB, "We are working day and night,");
        var figure = Find(TextB, "1,200");
        var tuesday = Find(TextB, "Tuesday");
        var cue = Find(TextB, "said", quote.End);
        var analyzedB = new AnalyzedArticle(b)
        {
            Removed = [new RemovedSpan(caption.Start, caption.End, NoiseKind.Caption), new RemovedSpan(0, 16, NoiseKind.Metadata)],
            Paragraphs = [new Paragraph(authority.Start, TextB.Length - 1)],
            Sentences = [new Sentence(authority.Start, figure.End + " containers were stuck.".Length)],
            Mentions =
            [
                new Mention(ruiz.Start, ruiz.End, "Ana Ruiz", EntityKind.Person, "e2", "Ana Ruiz", "director"),
                new Mention(authority.Start + 4, authority.End, "port authority", EntityKind.Organization, "e1", "port authority", null),
            ],
            Quotes =
            [
                new Quote(QuoteKind.Direct, quote.Start, quote.End, "We are working day and night,")
                {
                    Speaker = new SpeakerRef(ruiz.Start, ruiz.End, "Ana Ruiz", "e2", "Ana Ruiz"),
                    Cue = cue, Chain = ["Ana Ruiz"], ChainEntities = ["e2"], Confidence = 0.8,
                },
            ],
            Quantities = [new Quantity(figure.Start, figure.End, "1,200") { Value = 1200, Unit = "containers", About = "containers" }],
            Times = [new TimeExpression(tuesday.Start, tuesday.End, "Tuesday", "2021-03-02", TimeType.Date) { Relative = true }],
            StagesRun = new HashSet<string> { "cleaning", "segmentation", "mentions", "quotes", "quantities", "times" },
        };
        _ = director;

        var a = new Article { Id = "a-1", Source = "in/a-1.html", Text = TextA, TextIsExtracted = true, Title = "Ships wait" };
        var ruizA = Find(TextA, "Ana Ruiz");
        var analyzedA = new AnalyzedArticle(a)
        {
            Mentions = [new Mention(ruizA.Start, ruizA.End, "Ana Ruiz", EntityKind.Person, "e1", "Ana Ruiz", "director")],
            StagesRun = new HashSet<string> { "cleaning", "mentions" },
        };
        // Deliberately out of id order: the writer must sort.
        return [analyzedB, analyzedA];
    }

    public static Brief Brief()
    {
        var figureA = Find(TextA, "at least 1,500 containers");
        var figureB = Find(TextB, "1,200 containers");
        var ruizA = Find(TextA, "Ana Ruiz");
        var ruizB = Find(TextB, "Ana Ruiz");
        var quote = Find(TextB, "We are working day and night,");
        var tuesday = Find(TextB, "Tuesday");
        ArticleSpan Ev(string article, string text, Span s) => new(article, s.Start, s.End, s.TextOf(text));

        var story = new Story("s1", "Containers stuck at <Rotterdam> port", ["a-1", "b-2"])
        {
            Why = new Dictionary<string, string> { ["b-2"] = "shares Ana Ruiz, containers", ["a-1"] = "shares Ana Ruiz" },
            Entities = [new StoryEntity("e1", "Ana Ruiz", EntityKind.Person, "port director", ["Ana Ruiz", "Ruiz"],
                [Ev("a-1", TextA, ruizA), Ev("b-2", TextB, ruizB)])],
            Quotes = [new StoryQuote("q1", "e1", QuoteKind.Direct, [new QuoteVersion("b-2", quote.Start, quote.End, quote.TextOf(TextB), ["Ana Ruiz"])], [])],
            Claims =
            [
                new Claim("c1", "1,500 containers were delayed") { Value = 1500, Qualifier = "at least", Unit = "containers", AsOf = "2021-03", Sources = ["e1"],
                    Evidence = [Ev("a-1", TextA, figureA)], ArticleCount = 1, IndependentSources = 1 },
                new Claim("c2", "1,200 containers were stuck") { Value = 1200, Unit = "containers", AsOf = "2021-03-02", Sources = ["e1"],
                    Evidence = [Ev("b-2", TextB, figureB)], ArticleCount = 1, IndependentSources = 1 },
            ],
            IndependentSources = 1,
            Changes = [],
            Disagreements = [new Disagreement("d1", "value", "containers held at the port", [new DisagreementPosition("c1", ["a-1"]), new DisagreementPosition("c2", ["b-2"])],
                "at least 1,500 (a-1) vs 1,200 (b-2)")],
            Timeline = [new TimelineEntry("2021-03-02", "The port authority reports 1,200 containers stuck", [Ev("b-2", TextB, tuesday)])],
            // Summary deliberately left null: that stage "did not run", so the section must be absent.
        };
        return new Brief(
            [new BriefArticle("b-2", new DateOnly(2021, 3, 4), null, "in/b-2.txt") { SharedPassages = [new SharedPassage("a-1", 0.125)] },
             new BriefArticle("a-1", null, "Ships wait", "in/a-1.html") { Outlet = "Example Post" }],
            [story]) { Errors = [new InputError("in/bad.jsonl", 3, "missing string field 'id'")] };
    }

    /// <summary>Every object that carries start/end/text, with the article it belongs to (its own "article" field or
    /// the enclosing article of an analysis document).</summary>
    public static IEnumerable<(string Article, int Start, int End, string Text)> SpansIn(JsonElement e, string? article = null)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("article", out var a) && a.ValueKind == JsonValueKind.String) article = a.GetString();
            else if (e.TryGetProperty("schema", out _)) { }
            else if (e.TryGetProperty("id", out var id) && e.TryGetProperty("removed", out _)) article = id.GetString();
            if (e.TryGetProperty("start", out var s) && e.TryGetProperty("end", out var en) && e.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                yield return (article ?? "?", s.GetInt32(), en.GetInt32(), t.GetString()!);
            foreach (var p in e.EnumerateObject())
                foreach (var x in SpansIn(p.Value, article)) yield return x;
        }
        else if (e.ValueKind == JsonValueKind.Array)
            foreach (var item in e.EnumerateArray())
                foreach (var x in SpansIn(item, article)) yield return x;
    }
}

/// <summary>A clock that says what the test tells it.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}
