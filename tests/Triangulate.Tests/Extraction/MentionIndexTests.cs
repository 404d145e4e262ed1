using Triangulate.Documents;
using Triangulate.Extraction.Mentions;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Tests.Extraction;

public class MentionIndexTests
{
    private static readonly ArticlePipeline Pipeline = new PipelineBuilder().Use(new SegmentationStage()).Use(new MentionStage()).Build();

    // PolNeAR train (breitbart_2016-06-05_the-latest-mourners-say-ali-s-de): a role before a name, then "he said"
    private const string Text = "Family spokesman Bob Gunnell says Ali was accompanied by his wife, Lonnie, and other family members and friends. \"It was a private moment,\" he said.";

    private static AnalyzedArticle Analyze(string text, IReadOnlyList<RemovedSpan>? removed = null)
    {
        var doc = new AnalyzedArticle(new Article { Id = "t", Source = "t", Text = text }) { Removed = removed ?? [] };
        foreach (var stage in Pipeline.Stages) doc = stage.Apply(doc);
        return doc;
    }

    [Fact]
    public void At_finds_the_mention_covering_an_offset_and_BestIn_prefers_the_person()
    {
        var doc = Analyze(Text);
        var index = new MentionIndex(doc.Mentions);
        var bob = Text.IndexOf("Gunnell", StringComparison.Ordinal);
        index.At(bob)!.Canonical.ShouldBe("Bob Gunnell");
        index.At(0).ShouldBeNull(); // "Family" is not a name
        var speakerSpan = (Start: 0, End: bob + "Gunnell".Length);
        var best = index.BestIn(speakerSpan.Start, speakerSpan.End)!;
        best.Text.ShouldBe("Bob Gunnell");
        best.Role.ShouldBe("Family spokesman");
        index.Entity(best.Entity)!.Value.Canonical.ShouldBe("Bob Gunnell");
    }

    [Fact]
    public void MostRecentPerson_and_the_pronoun_speaker()
    {
        var doc = Analyze(Text);
        var index = new MentionIndex(doc.Mentions);
        var he = Text.LastIndexOf("he said", StringComparison.Ordinal);
        var pronoun = index.At(he)!;
        pronoun.Form.ShouldBe("pronoun");
        index.MostRecentPerson(he)!.Entity.ShouldNotBeNull();
        index.MentionsOf(pronoun.Entity).Count.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Removed_spans_hold_no_mentions()
    {
        const string text = "Photo: Lloyd Austin at the Pentagon (AP)\n\nDefense Secretary Lloyd Austin spoke in Rome.";
        var removed = new[] { new RemovedSpan(0, text.IndexOf("\n", StringComparison.Ordinal), NoiseKind.Caption) };
        var doc = Analyze(text, removed);
        doc.Mentions.ShouldNotBeEmpty();
        doc.Mentions.ShouldAllBe(m => m.Start >= removed[0].End);
        doc.Mentions.First(m => m.Text == "Lloyd Austin").Role.ShouldBe("Defense Secretary");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n ")]
    [InlineData("’s 's ( ) “ ” ...")]
    [InlineData("A B C D E F G H I J K L M N O P Q R S T U V W X Y Z")]
    [InlineData("THE UNITED NATIONS SECURITY COUNCIL MET ON FRIDAY IN NEW YORK")]
    [InlineData("Mr. Mr. Mr. the the the he said she said")]
    public void Odd_text_never_throws_and_spans_stay_true(string text)
    {
        var doc = Analyze(text);
        doc.Mentions.ShouldAllBe(m => text.Substring(m.Start, m.End - m.Start) == m.Text);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var a = Analyze(Text).Mentions;
        var b = Analyze(Text).Mentions;
        b.ShouldBe(a);
    }
}
