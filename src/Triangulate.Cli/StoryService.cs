using Triangulate.Documents;
using Triangulate.Fusion;
using Triangulate.Pipeline;
using Triangulate.Rendering.Json;
using Triangulate.Store;

namespace Triangulate.Cli;

public sealed record StorySummary(string Id, string Headline, int ArticleCount, int? IndependentSources);
public sealed record StoryList(IReadOnlyList<StorySummary> Stories);
public sealed record AddedArticles(IReadOnlyList<string> Added, IReadOnlyList<InputError> Errors, IReadOnlyList<StorySummary> Stories);
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits);

/// <summary>
/// The server's state: the store, the analysed articles and the current brief. Articles are analysed once when they
/// arrive; after a restart the stored texts are analysed again (the pipeline is deterministic, and re-running it means
/// an upgraded engine never serves stale analyses). Fusion is rerun over all articles after each addition, and the
/// store maps the fresh stories onto their permanent ids.
/// </summary>
public sealed class StoryService
{
    private readonly IStore _store;
    private readonly ArticlePipeline _pipeline = PipelineBuilder.Default().Build();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, AnalyzedArticle> _analyzed = new(StringComparer.Ordinal);
    private Brief? _brief;

    public StoryService(IStore store) => _store = store;

    public StoryList ListStories()
    {
        var brief = Current();
        return new StoryList(brief.Stories.Select(Summary).ToList());
    }

    /// <summary>A triangulate.brief/1 document holding one story and its articles, or null for an unknown id.</summary>
    public byte[]? StoryDocument(string id)
    {
        var brief = Current();
        var story = brief.Stories.FirstOrDefault(s => s.Id == id);
        if (story is null) return null;
        var members = story.Articles.ToHashSet(StringComparer.Ordinal);
        return BriefJson.Render(new Brief(brief.Articles.Where(a => members.Contains(a.Id)).ToList(), [story]));
    }

    public byte[] BriefDocument() => BriefJson.Render(Current());

    public string? ArticleAnalysis(string id) => _store.GetArticle(id)?.AnalysisJson;

    public SearchResults Search(string query, int limit) => new(_store.Search(query, limit));

    public AddedArticles Add(IReadOnlyList<Article> articles, IReadOnlyList<InputError> errors)
    {
        var analyzed = _pipeline.AnalyzeAll(articles);
        lock (_gate)
        {
            LoadIfNeeded();
            foreach (var a in analyzed)
            {
                _store.PutArticle(a.Article, JsonOutput.ToText(AnalysisJson.Render([a], [])));
                _analyzed[a.Article.Id] = a;
            }
            if (analyzed.Count > 0) Rebuild();
            return new AddedArticles(analyzed.Select(a => a.Article.Id).ToList(), errors, _brief!.Stories.Select(Summary).ToList());
        }
    }

    private Brief Current()
    {
        lock (_gate)
        {
            LoadIfNeeded();
            return _brief!;
        }
    }

    private void LoadIfNeeded()
    {
        if (_brief is not null) return;
        foreach (var a in _pipeline.AnalyzeAll(_store.Articles().Select(s => s.Article).ToList()))
            _analyzed[a.Article.Id] = a;
        Rebuild();
    }

    private void Rebuild()
    {
        var all = _analyzed.Values.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
        var fresh = Briefs.Build(all, []);
        _brief = fresh with { Stories = _store.AssignStoryIds(fresh.Stories) };
    }

    private static StorySummary Summary(Story s) => new(s.Id, s.Headline, s.Articles.Count, s.IndependentSources);
}
