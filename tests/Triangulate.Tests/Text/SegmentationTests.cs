using Triangulate.Documents;
using Triangulate.Tests.Support;
using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class SegmentationTests
{
    public static IEnumerable<object[]> SentenceSpecs => SpecFile.Cases("Segmentation");

    [Theory]
    [MemberData(nameof(SentenceSpecs))]
    public void Sentences_match_the_spec(SpecCase spec)
    {
        var doc = new SegmentationStage().Apply(new AnalyzedArticle(new Article { Id = "spec", Source = "spec", Text = spec.Input }));
        doc.Sentences.Select(s => spec.Input[s.Start..s.End]).ShouldBe(spec.Expected);
    }

    [Fact]
    public void Removed_spans_are_not_part_of_any_sentence()
    {
        const string text = " date 2024-10-23 Thousands of soldiers are in Russia, an official said.\n\nPhoto: a rally (AP)\n\nThe official spoke late.";
        var removed = new[]
        {
            new RemovedSpan(0, 16, NoiseKind.Metadata),
            new RemovedSpan(text.IndexOf("Photo", StringComparison.Ordinal), text.IndexOf("(AP)", StringComparison.Ordinal) + 4, NoiseKind.Caption),
        };
        var doc = new SegmentationStage().Apply(new AnalyzedArticle(new Article { Id = "a", Source = "a", Text = text }) { Removed = removed });
        doc.Sentences.Select(s => text[s.Start..s.End]).ShouldBe(["Thousands of soldiers are in Russia, an official said.", "The official spoke late."]);
        doc.Tokens.ShouldAllBe(t => !removed.Any(r => r.Span.Overlaps(t.Span)));
    }

    [Theory]
    [InlineData("Korea’s spy chief", new[] { "Korea", "’s", "spy", "chief" })]
    [InlineData("they’re co-belligerents", new[] { "they’re", "co-belligerents" })]
    [InlineData("Kim Jong-un met Mr. Putin in the U.S.", new[] { "Kim", "Jong-un", "met", "Mr.", "Putin", "in", "the", "U.S." })]
    [InlineData("3,000 troops, $1.5bn, 1950-53", new[] { "3,000", "troops", ",", "$", "1.5", "bn", ",", "1950", "-", "53" })]
    [InlineData("“What?” — he said…", new[] { "“", "What", "?", "”", "—", "he", "said", "…" })]
    [InlineData("see pic.twitter.com/88j8XTOQ4i — (@SecDef)", new[] { "see", "pic.twitter.com/88j8XTOQ4i", "—", "(", "@SecDef", ")" })]
    public void Tokens_index_the_original_text(string text, string[] expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        tokens.Select(t => text[t.Start..t.End]).ShouldBe(expected);
    }

    [Theory]
    [InlineData("they’re", "they're")]
    [InlineData("“", "\"")]
    [InlineData("—", "-")]
    public void Norm_folds_typographic_variants(string text, string norm)
        => Tokenizer.Tokenize(text).Single().Norm.ShouldBe(norm);
}
