using Triangulate.Documents;
using Triangulate.Fusion;

namespace Triangulate.Store;

/// <summary>An article as kept in a store: the ingested article and its rendered analysis
/// (a <c>triangulate.analysis/1</c> document holding just this article).</summary>
public sealed record StoredArticle(Article Article, string AnalysisJson, DateTimeOffset IngestedAt);

/// <summary>A story as kept in a store. <see cref="Id"/> never changes once assigned.</summary>
public sealed record StoredStory(string Id, string Headline, IReadOnlyList<string> Articles);

public sealed record SearchHit(string ArticleId, string? Title, string Snippet, double Rank);

/// <summary>
/// Keeps articles, their analyses and story identities between runs. The one promise that needs a store: a story's
/// id, once handed out, keeps naming that story (the contract: "story ids kept in a store never change once
/// assigned"), however fusion renumbers stories when it reruns over more articles.
/// </summary>
public interface IStore : IDisposable
{
    /// <summary>Adds the article or replaces the stored one with the same id.</summary>
    void PutArticle(Article article, string analysisJson);

    StoredArticle? GetArticle(string id);

    /// <summary>All stored articles, ordered by id (ordinal).</summary>
    IReadOnlyList<StoredArticle> Articles();

    /// <summary>
    /// Takes the stories of a freshly built brief (whose ids are fusion's own numbering) and returns them with
    /// store ids: a fresh story takes the id of the stored story it shares most articles with, else a new id that was
    /// never used before. Membership and headlines are saved. Stored stories that no fresh story continues keep
    /// their id reserved and no longer list articles.
    /// </summary>
    IReadOnlyList<Story> AssignStoryIds(IReadOnlyList<Story> fresh);

    /// <summary>
    /// Records one story after articles joined it: a story with a stored id keeps it and gains the given members
    /// (members it had and no longer lists are removed); a story without one (<paramref name="storyId"/> null) gets a
    /// new id that was never used before. Returns the story's id. Only this story's rows are written, so a server that
    /// adds one article at a time does not rewrite every story.
    /// </summary>
    string SaveStory(string? storyId, string headline, IReadOnlyList<string> articles);

    /// <summary>All stored articles in the order they were first stored (replacing an article keeps its place).</summary>
    IReadOnlyList<StoredArticle> ArticlesInArrivalOrder();

    /// <summary>Stored stories that currently hold articles, in id order (s1, s2, ..., s10).</summary>
    IReadOnlyList<StoredStory> Stories();

    /// <summary>Full-text search over article titles and texts (SQLite FTS5); words are matched as given, all required.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit = 20);
}
