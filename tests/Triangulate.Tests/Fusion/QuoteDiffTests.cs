using Triangulate.Documents;
using Triangulate.Fusion;
using Triangulate.Fusion.Quotes;

namespace Triangulate.Tests.Fusion;

public sealed class QuoteDiffTests
{
    private static QuoteItem Item(string id, string text, QuoteKind kind = QuoteKind.Direct)
    {
        var doc = new AnalyzedArticle(new Article { Id = id, Source = id, Text = text });
        var words = FusionText.SurfaceWords(text, 0, text.Length);
        var expanded = FusionText.Words(text);
        return new QuoteItem
        {
            Doc = doc, Quote = new Quote(kind, 0, text.Length, text), SpeakerName = "X", SpeakerKey = "e1",
            Words = words, Expanded = expanded, Keys = expanded.Select(FusionText.Key).OfType<string>().ToHashSet(), Chain = ["X"],
        };
    }

    /// <summary>A quote in parts ("A, the mayor said, B"): its words are the parts' words only.</summary>
    private static QuoteItem PartsItem(string id, string text, params string[] parts)
    {
        var spans = parts.Select(p => { var i = text.IndexOf(p, StringComparison.Ordinal); return new Span(i, i + p.Length); }).ToArray();
        var doc = new AnalyzedArticle(new Article { Id = id, Source = id, Text = text });
        var words = spans.SelectMany(s => FusionText.SurfaceWords(text, s.Start, s.End)).ToList();
        var expanded = spans.SelectMany(s => FusionText.Words(text[s.Start..s.End])).ToList();
        return new QuoteItem
        {
            Doc = doc, Quote = new Quote(QuoteKind.Indirect, spans[0].Start, spans[^1].End, text[spans[0].Start..spans[^1].End]) { Parts = spans },
            SpeakerName = "X", SpeakerKey = "e1",
            Words = words, Expanded = expanded, Keys = expanded.Select(FusionText.Key).OfType<string>().ToHashSet(), Chain = ["X"],
        };
    }

    [Fact]
    public void A_difference_in_a_quote_of_two_parts_shows_the_parts_and_not_the_attribution_between_them()
    {
        var a = PartsItem("a_1", "The repairs are running late, the mayor said, but the bridge will open in May.",
            "The repairs are running late", "but the bridge will open in May");
        var b = Item("b_1", "that the bridge will open in May.", QuoteKind.Indirect);
        var diffs = QuoteDiff.Describe([a, b]);
        diffs.ShouldContain("'The repairs are running late … but' (a) vs 'that' (b)");
        diffs.ShouldAllBe(d => !d.Contains("mayor said"));
    }

    [Fact]
    public void Contraction_is_shown_with_the_articles_holding_each_form()
    {
        var a = Item("a_1", "What exactly they are doing? Left to be seen. These are things that we need to sort out.");
        var b = Item("b_1", "What exactly they’re doing? Left to be seen.");
        var c = Item("c_1", "What exactly they are doing? Left to be seen. These are things that we need to sort out.");
        var diffs = QuoteDiff.Describe([a, b, c]);
        diffs.ShouldContain("'they are' (a, c) vs 'they’re' (b)");
        diffs.ShouldContain("'These are things that we need to sort out.' only in a, c");
        QuoteDiff.IsMaterial(a, b).ShouldBeFalse();
    }

    [Fact]
    public void Reworded_translation_is_material()
    {
        var a = Item("a_1", "We do not yet know whether these soldiers will enter into combat alongside the Russian military, but this is certainly a highly concerning probability.");
        var b = Item("b_1", "We do not yet know if these soldiers will fight alongside the Russian military, but there is indeed a concerning possibility.");
        QuoteDiff.IsMaterial(a, b).ShouldBeTrue();
    }

    [Fact]
    public void Negation_change_is_material()
    {
        var a = Item("a_1", "We will send troops to the region.");
        var b = Item("b_1", "We will not send troops to the region.");
        QuoteDiff.IsMaterial(a, b).ShouldBeTrue();
    }

    [Fact]
    public void Identical_versions_have_no_differences()
    {
        var a = Item("a_1", "Allies are discussing the matter.");
        var b = Item("b_1", "Allies are discussing the matter.");
        QuoteDiff.Describe([a, b]).ShouldBeEmpty();
    }

    [Fact]
    public void A_change_names_only_the_versions_that_quoted_that_stretch()
    {
        // d quoted only the first sentence, so it is named on neither side of the change in the second one.
        var a = Item("a_1", "We are ready to talk. The decision will come next week, not later.");
        var b = Item("b_1", "We are ready to talk. The decision will come next week, not later.");
        var c = Item("c_1", "We are ready to talk. The decision will come next month, not later.");
        var d = Item("d_1", "We are ready to talk.");
        var diffs = QuoteDiff.Describe([a, b, c, d]);
        diffs.ShouldContain("'week' (a, b) vs 'month' (c)");
        diffs.ShouldContain("'The decision will come next week, not later.' only in a, b, c");
        diffs.ShouldNotContain(l => l.Contains("'week' (a, b, d)"));
    }

    [Fact]
    public void The_reference_is_the_wording_most_versions_share()
    {
        // Two outlets agree; the longest version (c) is the odd one and must be the one named alone.
        var a = Item("a_1", "The talks were useful and we will meet again.");
        var b = Item("b_1", "The talks were useful and we will meet again.");
        var c = Item("c_1", "The talks were very useful and frank and we will certainly meet again.");
        var diffs = QuoteDiff.Describe([a, b, c]);
        diffs.ShouldContain("'very' only in c");
        diffs.ShouldContain("'certainly' only in c");
    }

    [Fact]
    public void A_heavy_rewording_is_one_line_and_a_paraphrase_beside_quotes_is_named_not_diffed()
    {
        var a = Item("a_1", "These soldiers then traveled onward to multiple training sites, where they are currently undergoing training.");
        var b = Item("b_1", "These soldiers then traveled onward to multiple training sites, where they are currently undergoing training.");
        var c = Item("c_1", "He said the troops went on to several camps to be drilled.", QuoteKind.Indirect);
        var d = Item("d_1", "Those men later proceeded to various grounds in order to receive instruction there.");
        var diffs = QuoteDiff.Describe([a, b, c, d]);
        diffs.ShouldContain(l => l.StartsWith("reworded in d (shares ", StringComparison.Ordinal));
        diffs.ShouldContain("reported without quotation marks in c");
        diffs.Count.ShouldBe(2);
    }
}
