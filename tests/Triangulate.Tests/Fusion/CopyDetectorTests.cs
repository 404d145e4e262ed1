using Triangulate.Fusion.Copies;
using static Triangulate.Tests.Fusion.FusionTestData;

namespace Triangulate.Tests.Fusion;

public class CopyDetectorTests
{
    [Fact]
    public void A_reused_wire_paragraph_is_a_shared_passage_with_exact_spans()
    {
        var a = Segmented("a", WireParagraph + "\n\n" + OtherParagraph);
        var b = Segmented("b", ThirdParagraph + "\n\n" + WireParagraph);
        var d = new CopyDetector();
        d.Add(a); d.Add(b);
        var report = d.Report();

        var ab = report.For("a").Single();
        ab.With.ShouldBe("b");
        ab.Passages.Count.ShouldBe(1);
        ab.Passages[0].TextOf(a.Text).ShouldBe(WireParagraph[..^1]); // words only: the final period is not a word
        ab.Share.ShouldBeInRange(0.4, 0.7);
        report.CopyOf.ShouldBeEmpty(); // sharing one paragraph does not make a copy
    }

    [Fact]
    public void A_near_verbatim_republication_is_a_copy_of_the_earlier_article()
    {
        var original = Segmented("x1", WireParagraph + "\n\n" + OtherParagraph + "\n\n" + ThirdParagraph, new DateOnly(2008, 1, 10));
        // the syndicated version drops the last paragraph and adds a credit line
        var copy = Segmented("x0", WireParagraph + "\n\n" + OtherParagraph + "\n\nReporting by staff.", new DateOnly(2008, 1, 11));
        var d = new CopyDetector();
        d.Add(copy); d.Add(original);
        var report = d.Report();
        report.CopyOf.GetValueOrDefault("x0").ShouldBe("x1");
        report.CopyOf.ContainsKey("x1").ShouldBeFalse();
    }

    [Fact]
    public void Unrelated_articles_share_nothing()
    {
        var d = new CopyDetector();
        d.Add(Segmented("a", WireParagraph));
        d.Add(Segmented("b", "An earthquake of magnitude 6.1 struck off the coast of northern California on Sunday, the US Geological Survey said."));
        d.Report().Overlaps.ShouldBeEmpty();
    }
}
