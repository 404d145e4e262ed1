using Triangulate.Documents;
using Triangulate.Evaluation.Data;
using Triangulate.Evaluation.Scoring;
using Triangulate.Fusion.Stories;

namespace Triangulate.Tests.Fusion;

public class StoryClustererTests
{
    [Fact]
    public void Two_rehab_stays_of_two_actresses_are_two_stories_and_each_holds_together()
    {
        // ECB+ training topic 1: Tara Reid enters rehab (ecb) vs Lindsay Lohan enters rehab (ecbplus)
        var docs = EcbPlusReader.Read(Path.Combine(FusionTestData.Shared(), "eval", "ecbplus"), t => t == 1).Documents;
        // streamed in id order through one clusterer, on the gold tokens (no pipeline run needed)
        var clusterer = new StoryClusterer();
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in docs.OrderBy(d => d.Name, StringComparer.Ordinal))
            predicted[d.Name] = clusterer.Add(new AnalyzedArticle(new Article { Id = d.Name, Source = d.Name, Text = d.Text })
            {
                Tokens = d.Tokens.Select(t => new Token(t.Start, t.End, t.Text.Length > 0 && char.IsLetter(t.Text[0]) ? TokenKind.Word
                    : t.Text.Length > 0 && char.IsDigit(t.Text[0]) ? TokenKind.Number : TokenKind.Punctuation, t.Text)).ToArray(),
            }).StoryId;
        var scores = ClusteringScoring.Score(docs.ToDictionary(d => d.Name, d => d.SubTopic, StringComparer.Ordinal), predicted);
        var reid = docs.Where(d => d.SubTopic == "1ecb").Select(d => predicted[d.Name]).GroupBy(s => s).MaxBy(g => g.Count())!;
        var lohan = docs.Where(d => d.SubTopic == "1ecbplus").Select(d => predicted[d.Name]).GroupBy(s => s).MaxBy(g => g.Count())!;
        reid.Key.ShouldNotBe(lohan.Key);
        reid.Count().ShouldBeGreaterThanOrEqualTo(docs.Count(d => d.SubTopic == "1ecb") - 1);
        scores.Pairwise.F1.ShouldBeGreaterThan(0.9);
    }

    [Fact]
    public void Story_ids_follow_creation_and_why_names_shared_features()
    {
        var c = new StoryClusterer();
        var first = c.Add(FusionTestData.Segmented("a", FusionTestData.WireParagraph + " " + FusionTestData.OtherParagraph));
        var second = c.Add(FusionTestData.Segmented("b", FusionTestData.ThirdParagraph + " " + FusionTestData.OtherParagraph));
        var third = c.Add(FusionTestData.Segmented("c", "An earthquake of magnitude 6.1 struck off the coast of northern California on Sunday, the US Geological Survey said."));
        first.StoryId.ShouldBe("s1");
        second.StoryId.ShouldBe("s1");
        second.Why.ShouldStartWith("shares ");
        second.Why.ShouldContain("Matthew O'Connor"); // a multi-word name both articles carry
        third.StoryId.ShouldBe("s2");
        third.NewStory.ShouldBeTrue();
    }
}
