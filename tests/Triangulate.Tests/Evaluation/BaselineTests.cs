using Triangulate.Evaluation.Baselines;
using Triangulate.Text;

namespace Triangulate.Tests.Evaluation;

public class BaselineTests
{
    [Theory]
    [InlineData("arrested", "arrest")]
    [InlineData("arrest", "arrest")]
    [InlineData("shooting", "shoot")]
    [InlineData("shot", "shoot")]
    [InlineData("Killed", "kill")]
    [InlineData("makes", "mak")]
    [InlineData("making", "mak")]
    [InlineData("make", "mak")]
    [InlineData("companies", "company")]
    [InlineData("company", "company")]
    [InlineData("churches", "church")]
    [InlineData("Lohan's", "lohan")]
    [InlineData("bus", "bus")]
    [InlineData("crisis", "crisis")]
    [InlineData("said", "say")]
    [InlineData("men", "man")]
    [InlineData("2013", "2013")]
    public void Lemmatizer_brings_inflections_together(string word, string lemma)
        => SimpleLemmatizer.Lemma(word).ShouldBe(lemma);

    [Theory]
    [InlineData("Lindsay Lohan", "lohan")]
    [InlineData("the Betty Ford Center ,", "center")]
    [InlineData("checks", "check")]
    public void Head_is_the_last_word_token(string mention, string head)
        => HeadLemmaBaseline.HeadLemma(mention).ShouldBe(head);

    [Fact]
    public void Head_lemma_clusters_within_scope_only()
    {
        var mentions = new[] { ("t1", "Lindsay Lohan"), ("t1", "Lohan"), ("t2", "Lohan"), ("t1", "the arrest"), ("t1", "arrested") };
        var clusters = HeadLemmaBaseline.Cluster(mentions, m => m.Item1, m => m.Item2);
        clusters.Select(c => c.Count).ShouldBe([2, 1, 2]);
    }

    [Fact]
    public void Single_link_joins_similar_documents()
    {
        var texts = new[]
        {
            "earthquake strikes Indonesia island killing villagers",
            "Indonesia earthquake kills villagers on island",
            "Apple unveils new iPhone model at event",
            "new iPhone model unveiled by Apple",
        };
        var labels = TfIdfStoryBaseline.Cluster(texts, 0.2);
        labels[0].ShouldBe(labels[1]);
        labels[2].ShouldBe(labels[3]);
        labels[0].ShouldNotBe(labels[2]);
        var tuned = TfIdfStoryBaseline.TuneThreshold(texts, ["quake", "quake", "phone", "phone"]);
        tuned.ShouldBeGreaterThan(0);
    }
}
