using Triangulate.Documents;

namespace Triangulate.Fusion;

/// <summary>Resolves article-local entity ids (Mention.Entity, SpeakerRef.Entity) to the story's cross-article entities.</summary>
public interface IEntityIndex
{
    /// <summary>The story entity id ("e3") for an article-local entity, or null if it was not kept.</summary>
    string? Resolve(string articleId, string localEntity);
    IReadOnlyList<StoryEntity> Entities { get; }
}

/// <summary>What a story-level stage sees: the story's analysed articles, which are copies of which, and the
/// cross-article entities. Built by the fusion orchestrator after copies, stories and entities are known.</summary>
public sealed class StoryContext
{
    public required string StoryId { get; init; }
    /// <summary>The story's articles, ordered by id (ordinal).</summary>
    public required IReadOnlyList<AnalyzedArticle> Articles { get; init; }
    /// <summary>Article id → the id of the article it copies (syndicated / near-verbatim), absent if original.</summary>
    public required IReadOnlyDictionary<string, string> CopyOf { get; init; }
    public required IEntityIndex Entities { get; init; }

    public AnalyzedArticle Article(string id) => Articles.First(a => a.Article.Id == id);
}

/// <summary>One story-level fusion step (quotes, claims, disagreements, timeline, summary). Returns the story with
/// its section filled (<c>story with { Claims = ... }</c>). Steps run in registration order, so a later step
/// (disagreements) can read what an earlier one (claims) produced.</summary>
public interface IStoryStage
{
    string Name { get; }
    Story Apply(StoryContext context, Story story);
}
