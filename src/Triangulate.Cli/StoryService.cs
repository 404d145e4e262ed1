using Triangulate.Documents;
using Triangulate.Fusion;
using Triangulate.Fusion.Entities;
using Triangulate.Pipeline;
using Triangulate.Rendering.Json;
using Triangulate.Store;

namespace Triangulate.Cli;

public sealed record StorySummary(string Id, string Headline, int ArticleCount, int? IndependentSources);
public sealed record StoryList(IReadOnlyList<StorySummary> Stories);
public sealed record AddedArticles(IReadOnlyList<string> Added, IReadOnlyList<InputError> Errors, IReadOnlyList<StorySummary> Stories);
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits);

/// <summary>
/// The server's state: the store and a <see cref="LiveBrief"/> over every stored article. Articles are analysed once
/// when they arrive and added to the live brief incrementally (copies and stories never revisit earlier articles);
/// only the story an article joined is fused again, when it is next read, and only that story's rows are written to
/// the store. After a restart the stored texts are analysed again in arrival order (the pipeline is deterministic,
/// and re-running it means an upgraded engine never serves stale analyses), and the stories found are mapped onto
/// their stored ids once. Replacing a stored article (same id, new text) rebuilds everything: the clusterer cannot
/// forget what it was shown.
/// </summary>
public sealed class StoryService
{
    private readonly IStore _store;
    private readonly ArticlePipeline _pipeline = PipelineBuilder.Default().Build();
    private readonly Lock _gate = new();
    private LiveBrief? _live;
    // The clusterer's story ids ↔ the store's permanent ones.
    private readonly Dictionary<string, string> _storedIdOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _liveIdOf = new(StringComparer.Ordinal);

    // Every fused story with brief-level identities (AllStories) for the store's current articles; null after an addition.
    private IReadOnlyList<Story>? _allStories;

    private readonly BriefFusion _fusion;

    /// <param name="store">Where articles and story ids are kept.</param>
    /// <param name="fusion">The fusion the live brief runs (tests pass story options; the server, the default).</param>
    public StoryService(IStore store, BriefFusion? fusion = null)
    {
        _store = store;
        _fusion = fusion ?? Briefs.Fusion;
    }

    /// <summary>How many times brief-level entity identities were assigned across all stories (diagnostics: once per
    /// store state, however many documents are read).</summary>
    public int IdentityAssignments { get; private set; }

    public StoryList ListStories()
    {
        lock (_gate)
        {
            var live = Live();
            return new StoryList(StoredOrder(live).Select(x => Summary(Fused(live, x.LiveId)!)).ToList());
        }
    }

    /// <summary>A triangulate.brief/1 document holding one story and its articles, or null for an unknown id.</summary>
    public byte[]? StoryDocument(string id)
    {
        lock (_gate)
        {
            var live = Live();
            if (!_liveIdOf.TryGetValue(id, out var liveId) || Fused(live, liveId) is not { } story) return null;
            // Identities are brief-level: the story's entities carry the identity and alsoIn the whole brief gives
            // them, so a client reading one story can follow a person into the others (fusions are cached per story).
            // The ids stay the story's own (e1 ...), as a one-story document numbers them.
            if (story.Entities is { } entities && AllStories(live).FirstOrDefault(s => s.Id == id)?.Entities is { } linked
                && linked.Count == entities.Count)
                story = story with { Entities = entities.Select((e, x) => e with { Identity = linked[x].Identity, AlsoIn = linked[x].AlsoIn }).ToArray() };
            return BriefJson.Render(new Brief(live.ArticleEntries(story.Articles), [story]));
        }
    }

    public byte[] BriefDocument()
    {
        lock (_gate)
        {
            var live = Live();
            var stories = AllStories(live);
            return BriefJson.Render(new Brief(live.ArticleEntries(stories.SelectMany(s => s.Articles)), stories));
        }
    }

    public string? ArticleAnalysis(string id) => _store.GetArticle(id)?.AnalysisJson;

    public SearchResults Search(string query, int limit) => new(_store.Search(query, limit));

    public AddedArticles Add(IReadOnlyList<Article> articles, IReadOnlyList<InputError> errors)
    {
        var analyzed = _pipeline.AnalyzeAll(articles);
        lock (_gate)
        {
            var live = Live();
            var replaced = analyzed.Any(a => live.Contains(a.Article.Id));
            foreach (var a in analyzed) _store.PutArticle(a.Article, JsonOutput.ToText(AnalysisJson.Render([a], [])));
            if (replaced) Rebuild();
            else
            {
                // The stories an article joined, and both sides of any split it caused: the split-off story is new
                // and needs its stored id and rows, the story it left has fewer members.
                // A story merged into an older one (StoryOptions.MergeThreshold, off by default) is emptied.
                var touched = live.Add(analyzed)
                    .SelectMany(x => x.Splits.SelectMany(s => new[] { s.From, s.Into }).Concat(x.Merged).Prepend(x.StoryId))
                    .Distinct(StringComparer.Ordinal).ToList();
                foreach (var liveId in touched)
                {
                    if (live.Stories.Any(s => s.Id == liveId)) Save(live, liveId);
                    else if (_storedIdOf.TryGetValue(liveId, out var gone)) _store.SaveStory(gone, "", []);
                }
            }
            _allStories = null;
            var current = Live();
            var added = analyzed.Select(a => a.Article.Id).ToHashSet(StringComparer.Ordinal);
            var stories = StoredOrder(current).Where(x => current.Stories.First(s => s.Id == x.LiveId).Articles.Any(added.Contains))
                .Select(x => Summary(Fused(current, x.LiveId)!)).ToList();
            return new AddedArticles(analyzed.Select(a => a.Article.Id).ToList(), errors, stories);
        }
    }

    private LiveBrief Live()
    {
        if (_live is null) Rebuild();
        return _live!;
    }

    /// <summary>Every stored article analysed again and added in arrival order; the stories found take the stored
    /// ids of the stories they share most articles with (<see cref="IStore.AssignStoryIds"/>), else new ones.</summary>
    private void Rebuild()
    {
        _allStories = null;
        var live = new LiveBrief(_fusion);
        live.Add(_pipeline.AnalyzeAll(_store.ArticlesInArrivalOrder().Select(s => s.Article).ToList()));
        _storedIdOf.Clear();
        _liveIdOf.Clear();
        var fresh = live.Stories.Select(s => new Story(s.Id, "", s.Articles)).ToList();
        var byFirstArticle = fresh.ToDictionary(s => s.Articles[0], s => s.Id, StringComparer.Ordinal);
        foreach (var stored in _store.AssignStoryIds(fresh))
            Link(byFirstArticle[stored.Articles[0]], stored.Id);
        _live = live;
        foreach (var s in live.Stories) Save(live, s.Id);
    }

    private void Save(LiveBrief live, string liveId)
    {
        var members = live.Stories.First(s => s.Id == liveId).Articles;
        var stored = _store.SaveStory(_storedIdOf.GetValueOrDefault(liveId), live.Headline(members), members);
        Link(liveId, stored);
    }

    private void Link(string liveId, string storedId)
    {
        _storedIdOf[liveId] = storedId;
        _liveIdOf[storedId] = liveId;
    }

    /// <summary>The fused story under its stored id.</summary>
    private Story? Fused(LiveBrief live, string liveId)
        => live.Story(liveId) is { } s ? s with { Id = _storedIdOf.GetValueOrDefault(liveId, liveId) } : null;

    /// <summary>Every fused story in stored-id order, with document-unique ids and brief-level identities, as the
    /// whole-brief document holds them. Assigned once per store state: kept until articles are added.</summary>
    private IReadOnlyList<Story> AllStories(LiveBrief live)
    {
        if (_allStories is not null) return _allStories;
        IdentityAssignments++;
        var order = StoredOrder(live).ToList();
        var splitPairs = EntityIdentities.SplitPairs(order.Select(x => x.LiveId).ToArray(), live.Splits);
        return _allStories = EntityIdentities.Assign(DocumentIds.MakeUnique(order.Select(x => Fused(live, x.LiveId)!).ToList()), splitPairs);
    }

    /// <summary>Stories in stored-id order (s1, s2, ..., s10), as the store lists them.</summary>
    private IEnumerable<(string StoredId, string LiveId)> StoredOrder(LiveBrief live)
        => live.Stories.Where(s => s.Articles.Count > 0)
            .Select(s => (StoredId: _storedIdOf.GetValueOrDefault(s.Id, s.Id), LiveId: s.Id))
            .OrderBy(x => StoryIds.Seq(x.StoredId)).ThenBy(x => x.StoredId, StringComparer.Ordinal);

    private static StorySummary Summary(Story s) => new(s.Id, s.Headline, s.Articles.Count, s.IndependentSources);
}
