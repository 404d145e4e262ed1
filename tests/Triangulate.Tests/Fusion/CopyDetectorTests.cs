using Triangulate.Documents;
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

    private const string HarbourParagraph =
        "The harbour board said on Tuesday that the eastern quay would stay closed for repairs until the end of the month, " +
        "after inspectors found cracks in two of the concrete piers that carry the loading cranes.";
    private const string FerryParagraph =
        "Ferry services to the islands will run from the western terminal in the meantime, and the operator said extra " +
        "sailings would be added on weekends to make up for the longer crossing.";

    /// <summary>Articles built from five paragraphs in random selections (some identical, some one inside another,
    /// some sharing a paragraph), with random dates (some equal, some missing), so that copies, mutual copies, chains
    /// and plain shared passages all occur.</summary>
    private static List<AnalyzedArticle> CopyPool(Random rng, int count)
    {
        string[] paragraphs = [WireParagraph, OtherParagraph, ThirdParagraph, HarbourParagraph, FerryParagraph];
        var pool = new List<AnalyzedArticle>();
        for (var i = 0; i < count; i++)
        {
            var chosen = paragraphs.Where(_ => rng.NextDouble() < 0.45).ToList();
            if (chosen.Count == 0) chosen.Add(paragraphs[rng.Next(paragraphs.Length)]);
            if (rng.NextDouble() < 0.3) chosen.Add("Reporting by staff in the newsroom.");
            DateOnly? date = rng.NextDouble() < 0.25 ? null : new DateOnly(2021, 3, 1 + rng.Next(3));
            pool.Add(Segmented("a" + rng.Next(1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + "-" + i, string.Join("\n\n", chosen), date));
        }
        return pool;
    }

    private static string Describe(CopyReport r)
        => string.Join("\n", r.Overlaps.Select(o => $"{o.Article}>{o.With} {o.Share:R} {o.SharedWords} {string.Join(",", o.Passages)}"))
           + "\n--\n" + string.Join("\n", r.CopyOf.Select(kv => kv.Key + ">" + kv.Value));

    [Theory]
    [InlineData(1)] [InlineData(2)] [InlineData(3)] [InlineData(4)] [InlineData(5)] [InlineData(6)] [InlineData(7)] [InlineData(8)]
    public void A_report_after_each_batch_equals_a_fresh_report_over_the_same_articles(int seed)
    {
        var rng = new Random(seed);
        var articles = CopyPool(rng, 14);
        var growing = new CopyDetector();
        var done = 0;
        while (done < articles.Count)
        {
            var batch = Math.Min(articles.Count - done, 1 + rng.Next(4));
            foreach (var a in articles.Skip(done).Take(batch)) growing.Add(a);
            done += batch;
            if (rng.NextDouble() < 0.25 && done < articles.Count) continue; // sometimes no report between batches
            var fresh = new CopyDetector();
            foreach (var a in articles.Take(done)) fresh.Add(a);
            Describe(growing.Report()).ShouldBe(Describe(fresh.Report()), $"seed {seed}, after {done} articles");
        }
        var all = new CopyDetector();
        foreach (var a in articles) all.Add(a);
        all.Report().CopyOf.ShouldNotBeEmpty(); // the pool does make copies
    }

    [Fact]
    public void A_report_already_returned_does_not_change_when_articles_are_added_after_it()
    {
        var d = new CopyDetector();
        d.Add(Segmented("a", WireParagraph + "\n\n" + OtherParagraph));
        d.Add(Segmented("b", WireParagraph + "\n\n" + OtherParagraph + "\n\nReporting by staff."));
        var before = d.Report();
        var text = Describe(before);
        d.Add(Segmented("c", WireParagraph + "\n\n" + OtherParagraph));
        d.Report().Overlaps.Count.ShouldBeGreaterThan(before.Overlaps.Count);
        Describe(before).ShouldBe(text);
    }
}
