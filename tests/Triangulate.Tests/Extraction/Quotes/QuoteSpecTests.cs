using Triangulate.Documents;
using Triangulate.Extraction.Quotes;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extraction.Quotes;

/// <summary>Runs the spec files in Specs/Quotes: real PolNeAR sentences and the quotes they must yield.
/// Line format: <c>kind | speaker as written | cue | content | chain | parts: N</c> (last two optional, "-" for none,
/// "\n" for a line break inside the content), or <c>none | TEXT</c>: no quote contains TEXT and no speaker is TEXT.</summary>
public sealed class QuoteSpecTests
{
    public static IEnumerable<object[]> Cases => SpecFile.Cases("Quotes");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_yields_the_expected_quotes(SpecCase c)
    {
        var doc = new AnalyzedArticle(new Article { Id = "spec", Source = "spec", Text = c.Input });
        var quotes = new QuoteStage().Apply(doc).Quotes;

        foreach (var line in c.Expected)
        {
            // "none | TEXT": no quote's content contains TEXT and no speaker is TEXT (what must not be attributed).
            if (line.StartsWith("none | ", StringComparison.Ordinal))
            {
                var absent = line["none | ".Length..];
                quotes.ShouldNotContain(q => q.Text.Contains(absent) || (q.Speaker != null && q.Speaker.Text == absent),
                    $"«{absent}» must not be attributed; got:\n{Describe(c.Input, quotes)}");
                continue;
            }
            var f = line.Split(" | ");
            f.Length.ShouldBeGreaterThanOrEqualTo(4, $"bad expected line: {line}");
            var kind = Enum.Parse<QuoteKind>(f[0].Trim(), ignoreCase: true);
            var speaker = f[1].Trim() == "-" ? null : f[1].Trim();
            var cue = f[2].Trim() == "-" && f[0] != "direct" ? null : f[2].Trim();
            var content = f[3].Replace("\\n", "\n");
            var chain = f.Length > 4 && !f[4].StartsWith("parts:", StringComparison.Ordinal) ? f[4].Trim() : null;
            var parts = f.FirstOrDefault(x => x.StartsWith("parts:", StringComparison.Ordinal)) is { } p ? int.Parse(p[6..].Trim()) : (int?)null;

            var found = quotes.FirstOrDefault(q => q.Text == content);
            found.ShouldNotBeNull($"no quote with content «{content}»; got:\n{Describe(c.Input, quotes)}");
            found.Kind.ShouldBe(kind, Describe(c.Input, [found]));
            found.Speaker?.Text.ShouldBe(speaker, Describe(c.Input, [found]));
            if (speaker is null) found.Speaker.ShouldBeNull();
            if (cue is not null) found.Cue.ShouldNotBeNull();
            if (found.Cue is { } span) c.Input[span.Start..span.End].ShouldBe(cue);
            if (chain is not null) string.Join(" > ", found.Chain).ShouldBe(chain);
            if (parts is not null) found.Parts.Count.ShouldBe(parts.Value);
        }
    }

    private static string Describe(string text, IEnumerable<Quote> quotes) => string.Join("\n", quotes.Select(q =>
        $"{q.Kind} | {q.Speaker?.Text ?? "-"} | {(q.Cue is { } c ? text[c.Start..c.End] : "-")} | {q.Text} | {string.Join(" > ", q.Chain)} | parts: {q.Parts.Count}"));
}
