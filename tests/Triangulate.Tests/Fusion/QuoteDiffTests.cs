using Triangulate.Documents;
using Triangulate.Fusion;
using Triangulate.Fusion.Quotes;

namespace Triangulate.Tests.Fusion;

public sealed class QuoteDiffTests
{
    private static QuoteItem Item(string id, string text)
    {
        var doc = new AnalyzedArticle(new Article { Id = id, Source = id, Text = text });
        var words = FusionText.SurfaceWords(text, 0, text.Length);
        var expanded = FusionText.Words(text);
        return new QuoteItem
        {
            Doc = doc, Quote = new Quote(QuoteKind.Direct, 0, text.Length, text), SpeakerName = "X", SpeakerKey = "e1",
            Words = words, Expanded = expanded, Keys = expanded.Select(FusionText.Key).OfType<string>().ToHashSet(), Chain = ["X"],
        };
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
}
