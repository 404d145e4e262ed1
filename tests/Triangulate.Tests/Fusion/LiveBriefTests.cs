using Triangulate.Documents;
using Triangulate.Fusion;
using Triangulate.Ingest;
using Triangulate.Pipeline;

namespace Triangulate.Tests.Fusion;

public sealed class LiveBriefTests
{
    private static IReadOnlyList<AnalyzedArticle> SampleAndOthers()
    {
        // The five sample reports (one story) and ten PolNeAR training articles (other stories), fully analysed.
        var sample = Path.Combine(FusionTestData.Shared(), "corpus", "korea-troops");
        var polnear = Directory.GetFiles(Path.Combine(FusionTestData.Shared(), "eval", "polnear", "train", "text"), "*.txt")
            .Order(StringComparer.Ordinal).Take(10);
        var articles = Inputs.Read([sample, .. polnear]).Where(r => r.Article is not null).Select(r => r.Article!).ToArray();
        return PipelineBuilder.Default().Build().AnalyzeAll(articles);
    }

    [Fact]
    public void Adding_one_at_a_time_gives_the_stories_of_the_whole_run_and_refuses_only_the_story_it_touched()
    {
        var analyzed = SampleAndOthers().OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
        var fusion = BriefBuilder.Default().Build();
        var whole = fusion.Fuse(analyzed);

        var live = new LiveBrief(fusion);
        live.Add(analyzed.Take(analyzed.Count - 1));
        var before = live.Stories.ToDictionary(s => s.Id, s => live.Story(s.Id)!, StringComparer.Ordinal);
        var last = live.Add([analyzed[^1]]).ShouldHaveSingleItem();

        live.Stories.Select(s => s.Articles.Order(StringComparer.Ordinal).ToList())
            .ShouldBe(whole.Stories.Select(s => s.Articles.ToList()));
        foreach (var s in live.Stories)
        {
            var story = live.Story(s.Id)!;
            if (s.Id == last.StoryId) story.Articles.ShouldContain(analyzed[^1].Article.Id);
            else story.ShouldBeSameAs(before[s.Id]); // untouched stories are served from the cache
        }
        // A story fused alone is the story of the whole run (ids aside, which the whole run makes document-unique).
        var sampleStory = whole.Stories.Single(s => s.Articles.Count == 5);
        var alone = live.Story(live.Stories.Single(s => s.Articles.Count == 5).Id)!;
        alone.Claims!.Select(c => (c.Statement, c.ArticleCount, c.IndependentSources))
            .ShouldBe(sampleStory.Claims!.Select(c => (c.Statement, c.ArticleCount, c.IndependentSources)));
    }

    [Fact]
    public void An_article_already_in_the_brief_is_refused_rather_than_counted_twice()
    {
        var live = new LiveBrief(BriefBuilder.Default().Build());
        var a = FusionTestData.Segmented("a", FusionTestData.WireParagraph);
        live.Add([a]);
        Should.Throw<InvalidOperationException>(() => live.Add([a])).Message.ShouldContain("'a'");
        live.Count.ShouldBe(1);
    }
}
