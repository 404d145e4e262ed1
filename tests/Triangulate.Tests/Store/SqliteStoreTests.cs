using Triangulate.Documents;
using Triangulate.Fusion;
using Triangulate.Store;
using Triangulate.Tests.Rendering;

namespace Triangulate.Tests.Store;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "triangulate-store-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly FixedClock _clock = new(new DateTimeOffset(2024, 10, 24, 8, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) if (File.Exists(f)) File.Delete(f);
    }

    private static Article Art(string id, string text, string? title = null)
        => new() { Id = id, Source = $"in/{id}.txt", Text = text, Title = title, Published = new DateOnly(2024, 10, 23),
                   KnownNoise = [new RemovedSpan(0, 1, NoiseKind.Metadata)] };

    private static Story Fresh(string id, params string[] articles) => new(id, "headline " + id, articles);

    [Fact]
    public void Articles_round_trip_with_their_analysis_and_the_injected_clock()
    {
        using (var store = new SqliteStore(_file, _clock))
            store.PutArticle(Art("x1", " Harbour closed.", "Harbour"), "{\"schema\":\"triangulate.analysis/1\"}");
        using (var reopened = new SqliteStore(_file, _clock))
        {
            var got = reopened.GetArticle("x1").ShouldNotBeNull();
            got.Article.Text.ShouldBe(" Harbour closed.");
            got.Article.Title.ShouldBe("Harbour");
            got.Article.Published.ShouldBe(new DateOnly(2024, 10, 23));
            got.Article.KnownNoise.ShouldBe([new RemovedSpan(0, 1, NoiseKind.Metadata)]);
            got.AnalysisJson.ShouldContain("triangulate.analysis/1");
            got.IngestedAt.ShouldBe(_clock.Now);
            reopened.GetArticle("nope").ShouldBeNull();
        }
    }

    [Fact]
    public void Story_ids_never_change_once_assigned_even_when_fusion_renumbers()
    {
        using var store = new SqliteStore(_file, _clock);
        foreach (var id in new[] { "a", "b", "c", "d" }) store.PutArticle(Art(id, "text " + id), "{}");

        var first = store.AssignStoryIds([Fresh("s1", "a", "b"), Fresh("s2", "c")]);
        first.Select(s => s.Id).ShouldBe(["s1", "s2"]);

        // Fusion reruns and happens to number the stories the other way round; a new story appears.
        var second = store.AssignStoryIds([Fresh("s1", "c"), Fresh("s2", "d"), Fresh("s3", "a", "b")]);
        second.Single(s => s.Articles.Contains("a")).Id.ShouldBe("s1");
        second.Single(s => s.Articles.Contains("c")).Id.ShouldBe("s2");
        second.Single(s => s.Articles.Contains("d")).Id.ShouldBe("s3");

        // Stories s1 and s3 merge: the merged one keeps the id with the larger overlap, s3 is retired, never reused.
        var third = store.AssignStoryIds([Fresh("s1", "a", "b", "d"), Fresh("s2", "c"), Fresh("s9", "z")]);
        third.Select(s => s.Id).ShouldBe(["s1", "s2", "s4"]);
        store.Stories().Select(s => s.Id).ShouldBe(["s1", "s2"]); // "z" is not a stored article, so s4 lists none
    }

    [Fact]
    public void Search_finds_articles_by_words_and_tolerates_query_syntax()
    {
        using var store = new SqliteStore(":memory:", _clock);
        store.PutArticle(Art("p", "The port authority said containers were stuck."), "{}");
        store.PutArticle(Art("q", "Farmers protested in the capital."), "{}");
        store.Search("containers stuck").Select(h => h.ArticleId).ShouldBe(["p"]);
        store.Search("\"AND (").ShouldBeEmpty();
        store.Search("   ").ShouldBeEmpty();
    }

    [Fact]
    public void Putting_an_article_again_replaces_it()
    {
        using var store = new SqliteStore(":memory:", _clock);
        store.PutArticle(Art("p", "old words"), "{}");
        _clock.Now = _clock.Now.AddHours(1);
        store.PutArticle(Art("p", "new words"), "{}");
        store.Articles().ShouldHaveSingleItem().Article.Text.ShouldBe("new words");
        store.Search("old").ShouldBeEmpty();
        store.GetArticle("p")!.IngestedAt.ShouldBe(_clock.Now);
    }
}
