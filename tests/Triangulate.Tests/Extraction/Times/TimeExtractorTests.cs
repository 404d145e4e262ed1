using Triangulate.Documents;
using Triangulate.Extraction.Quantities;
using Triangulate.Extraction.Times;

namespace Triangulate.Tests.Extraction.Times;

/// <summary>Forms no spec sentence covers, and robustness on odd input.</summary>
public sealed class TimeExtractorTests
{
    [Theory]
    [InlineData("The report is dated 2024-10-23.", "2024-10-23", "2024-10-23")]
    [InlineData("Filed on 23 October 2024 in Seoul.", "23 October 2024", "2024-10-23")]
    [InlineData("The talks begin next week.", "next week", "2024-W44")]
    [InlineData("Officials met this morning.", "this morning", "2024-10-23TMO")]
    [InlineData("It happened two weeks ago.", "two weeks ago", "2024-W41")]
    public void Resolves_against_a_wednesday_publication_date(string text, string span, string value)
    {
        var found = TimeExtractor.Extract(text, new DateOnly(2024, 10, 23));
        var t = found.Single(x => x.Text == span);
        t.Value.ShouldBe(value);
    }

    [Fact]
    public void Relative_expressions_without_a_publication_date_keep_their_span()
    {
        var found = TimeExtractor.Extract("The talks begin next week, officials said on Monday.", null);
        found.Select(t => (t.Text, t.Value)).ShouldBe([("next week", (string?)null), ("Monday", null)]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--------------------------------------------------")]
    [InlineData("1,2,3,4,5,6,7,8,9,0 1/2/3/4/5 10:10:10:10 $$$ 5-5-5-5-5 -- . , ; '90s 1990s mid- early")]
    [InlineData("between and to - from $ US$ per cent % thousands of dozens of tens of")]
    public void Odd_text_never_throws(string text)
    {
        var times = TimeExtractor.Extract(text, new DateOnly(2024, 1, 1));
        var quantities = QuantityExtractor.Extract(text);
        foreach (var t in times) text.Substring(t.Start, t.End - t.Start).ShouldBe(t.Text);
        foreach (var q in quantities) text.Substring(q.Start, q.End - q.Start).ShouldBe(q.Text);
    }

    [Fact]
    public void Extractors_read_only_the_given_range()
    {
        const string text = "In 2019 sales rose 5%. On Monday 3,000 troops arrived.";
        var start = text.IndexOf("On", StringComparison.Ordinal);
        QuantityExtractor.Extract(text, start, text.Length).Select(q => q.Text).ShouldBe(["3,000"]);
        TimeExtractor.Extract(text, new DateOnly(2024, 10, 23), start, text.Length).Select(t => t.Text).ShouldBe(["Monday"]);
    }
}
