using Triangulate.Cli;
using Triangulate.Documents;
using Triangulate.Fusion;
using Triangulate.Fusion.Stories;
using Triangulate.Store;
using Triangulate.Tests.Fusion;

namespace Triangulate.Tests.Cli;

public sealed class StoryServiceTests
{
    /// <summary>An article whose arrival splits a story (the split re-check) must leave both stories stored: the
    /// split-off one under a new stored id, every article in exactly one stored story, ids distinct. The name gate
    /// is off so that the two invented ferry groundings first share a story, as the clusterer's own test does.</summary>
    [Fact]
    public void A_story_split_by_an_arriving_article_is_stored_on_both_sides()
    {
        using var store = new SqliteStore(":memory:");
        var fusion = BriefBuilder.Default().WithStories(new StoryOptions { NameConflicts = false, SplitCheck = true }).Build();
        var service = new StoryService(store, fusion);
        var texts = new[] { ("a1", StoryClustererTests.AuroraA), ("m1", StoryClustererTests.Meridian), ("a2", StoryClustererTests.AuroraB),
            ("m2", StoryClustererTests.MeridianB), ("a3", StoryClustererTests.AuroraC), ("m3", StoryClustererTests.MeridianC) };
        foreach (var (id, text) in texts) service.Add([new Article { Id = id, Source = id, Text = text }], []);

        var stories = service.ListStories().Stories;
        stories.Count.ShouldBe(2);
        stories.Select(s => s.Id).Distinct().Count().ShouldBe(2);
        stories.Sum(s => s.ArticleCount).ShouldBe(6);
        var stored = store.Stories();
        stored.Where(s => s.Articles.Count > 0).SelectMany(s => s.Articles).Order().ShouldBe(["a1", "a2", "a3", "m1", "m2", "m3"]);
        stored.Where(s => s.Articles.Count > 0).Select(s => s.Articles.Order().First()).Order().ShouldBe(["a1", "m1"]);
    }
    /// <summary>A story merged into an older one (merges are off by default; turned on loosely here, with the live
    /// brief's invented flood reports) is emptied in the store: its articles are listed once, under the older id.</summary>
    [Fact]
    public void A_story_merged_into_an_older_one_is_emptied_in_the_store()
    {
        using var store = new SqliteStore(":memory:");
        var options = new StoryOptions { Background = BackgroundFrequencies.None, MergeThreshold = 0.2, MergeCentroid = 0.2, JoinThreshold = 0.2 };
        var service = new StoryService(store, BriefBuilder.Default().WithStories(options).Build());
        const string Breach = "The levee breach on the Kessel river forced thousands to evacuate. Volunteers filled sandbags through the night as the levee gave way.";
        const string Fields = "Pumps worked to drain flooded farmland near the Kessel river. Farmers said the harvest in the flooded fields was lost.";
        foreach (var (id, text) in new[] { ("other", "The central bank raised interest rates by a quarter point, citing stubborn inflation in services."),
                     ("a", Breach), ("b", Fields), ("c", Breach + " " + Fields) })
            service.Add([new Article { Id = id, Source = id, Text = text }], []);

        var stored = store.Stories();
        stored.SelectMany(s => s.Articles).Order().ShouldBe(["a", "b", "c", "other"]);
        stored.Single(s => s.Articles.Contains("a")).Articles.Order().ShouldBe(["a", "b", "c"]);
        service.ListStories().Stories.Sum(s => s.ArticleCount).ShouldBe(4);
    }
}
