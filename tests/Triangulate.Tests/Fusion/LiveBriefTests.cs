using Triangulate.Documents;
using Triangulate.Fusion;
using Triangulate.Fusion.Stories;
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
    public void Article_entries_read_between_additions_show_the_passages_shared_with_articles_added_later()
    {
        // The entries are read from a cached report and its per-article index; an addition must drop both.
        var live = new LiveBrief(BriefBuilder.Default().Build());
        live.Add([FusionTestData.Segmented("a", FusionTestData.WireParagraph + "\n\nThe town council met on Tuesday to discuss the new bus routes.")]);
        live.ArticleEntries(["a"]).ShouldHaveSingleItem().SharedPassages.ShouldBeEmpty();
        live.ArticleEntries(["a"]).ShouldHaveSingleItem().SharedPassages.ShouldBeEmpty();

        live.Add([FusionTestData.Segmented("b", "A local paper opened with its own paragraph about the harbour.\n\n" + FusionTestData.WireParagraph)]);
        var entries = live.ArticleEntries(["a", "b"]);
        entries.Select(e => e.Id).ShouldBe(["a", "b"]);
        entries[0].SharedPassages.ShouldHaveSingleItem().With.ShouldBe("b");
        entries[1].SharedPassages.ShouldHaveSingleItem().With.ShouldBe("a");
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

    [Fact]
    public void A_story_merged_into_an_older_one_is_gone_and_the_older_id_serves_all_its_articles()
    {
        // invented reports: two halves of one flood that share too little to meet, then a full report bridging them;
        // merges are off by default, so the test turns them on loosely
        var options = new StoryOptions { Background = BackgroundFrequencies.None, MergeThreshold = 0.2, MergeCentroid = 0.2, JoinThreshold = 0.2 };
        var live = new LiveBrief(BriefBuilder.Default().WithStories(options).Build());
        var pipeline = PipelineBuilder.Default().Build();
        AnalyzedArticle A(string id, string text) => pipeline.Analyze(new Article { Id = id, Source = id + ".txt", Text = text });
        const string Breach = "The levee breach on the Kessel river forced thousands to evacuate. Volunteers filled sandbags through the night as the levee gave way.";
        const string Fields = "Pumps worked to drain flooded farmland near the Kessel river. Farmers said the harvest in the flooded fields was lost.";
        live.Add([A("other", "The central bank raised interest rates by a quarter point, citing stubborn inflation in services.")]);
        var first = live.Add([A("a", Breach)]).Single();
        var second = live.Add([A("b", Fields)]).Single();
        second.StoryId.ShouldNotBe(first.StoryId);
        live.Story(second.StoryId).ShouldNotBeNull(); // fused and cached before the merge
        var bridge = live.Add([A("c", Breach + " " + Fields)]).Single();

        bridge.Merged.ShouldBe([second.StoryId]);
        bridge.StoryId.ShouldBe(first.StoryId);
        live.Stories.Select(s => s.Id).ShouldNotContain(second.StoryId);
        live.Story(second.StoryId).ShouldBeNull();
        live.Story(first.StoryId)!.Articles.ShouldBe(["a", "b", "c"], ignoreOrder: true);
    }

    /// <summary>With the split re-check on, a story that took in two events (the name gate is off here so that it
    /// does) splits; the moved articles' why says so, in the live brief and in one built at once.</summary>
    [Fact]
    public void A_split_story_serves_both_groups_and_the_moved_articles_say_why()
    {
        var options = new StoryOptions { NameConflicts = false, SplitCheck = true };
        var pipeline = PipelineBuilder.Default().Build();
        var articles = new[] { ("a1", StoryClustererTests.AuroraA), ("m1", StoryClustererTests.Meridian),
            ("a2", StoryClustererTests.AuroraB), ("m2", StoryClustererTests.MeridianB),
            ("a3", StoryClustererTests.AuroraC), ("m3", StoryClustererTests.MeridianC) }
            .Select(x => pipeline.Analyze(new Article { Id = x.Item1, Source = x.Item1 + ".txt", Text = x.Item2 })).ToArray();
        var live = new LiveBrief(BriefBuilder.Default().WithStories(options).Build());
        foreach (var a in articles.Take(5)) live.Add([a]);
        live.Story("s1")!.Articles.Count.ShouldBe(5); // fused and cached before the split
        var split = live.Add([articles[5]]).Single().Splits.Single();
        live.Story("s1")!.Articles.ShouldBe(["a1", "a2", "a3"], ignoreOrder: true);
        var other = live.Story(split.Into)!;
        other.Articles.ShouldBe(["m1", "m2", "m3"], ignoreOrder: true);
        other.Why!["m1"].ShouldContain("split off " + split.Into);

        var built = BriefBuilder.Default().WithStories(options).Build().Fuse(articles);
        built.Stories.Single(s => s.Id == split.Into).Why!["m2"].ShouldContain("split off");
    }
}
