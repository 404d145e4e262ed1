using System.Reflection;
using Triangulate.Documents;
using Triangulate.Pipeline;

namespace Triangulate.Evaluation;

/// <summary>The system's entity mentions in one article (offsets into <see cref="Article.Text"/>).</summary>
public interface IMentionExtractorAdapter { IReadOnlyList<Mention> Extract(Article article); }

/// <summary>The system's quotations/attributions in one article.</summary>
public interface IQuoteExtractorAdapter { IReadOnlyList<Quote> Extract(Article article); }

/// <summary>The system's quantities in one article (or sentence).</summary>
public interface IQuantityExtractorAdapter { IReadOnlyList<Quantity> Extract(Article article); }

/// <summary>The system's time expressions; <see cref="Article.Published"/> carries the document creation time.</summary>
public interface ITimeExtractorAdapter { IReadOnlyList<TimeExpression> Extract(Article article); }

/// <summary>Groups articles into stories: returns one story label per article, in input order.</summary>
public interface IStoryClustererAdapter { IReadOnlyList<string> Cluster(IReadOnlyList<Article> articles); }

/// <summary>A given (gold) mention for <see cref="IEntityCorefAdapter"/>: the article index, its span and the kind the
/// data set's type maps to (<see cref="EntityKind.Other"/> when the set has no such type).</summary>
public readonly record struct GivenMention(int Article, Span Span, EntityKind Kind);

/// <summary>Cross-document entity coreference over GIVEN mentions (gold mentions, so that linking is measured alone):
/// returns one entity label per mention, in input order.</summary>
public interface IEntityCorefAdapter
{
    IReadOnlyList<string> Resolve(IReadOnlyList<Article> articles, IReadOnlyList<GivenMention> mentions);
}

/// <summary>A system entity mention for <see cref="ISystemEntitiesAdapter"/>: its span in the article and the
/// cross-article entity it was merged into (labels are unique across the whole evaluated set).</summary>
public readonly record struct SystemEntityMention(Span Span, string Entity, EntityKind Kind);

/// <summary>The whole entity path of the product on raw articles: mentions found by the mentions stage, articles
/// grouped into predicted stories, and article-local entities merged across the articles of each group.</summary>
public interface ISystemEntities
{
    /// <summary>The predicted story of each article (input order), as the product would group them.</summary>
    IReadOnlyList<string> Stories { get; }
    /// <summary>Each article's system mentions with cross-article entity labels, merging only inside the groups given
    /// (one label per article, input order; articles of different groups never share an entity).</summary>
    IReadOnlyList<IReadOnlyList<SystemEntityMention>> Merge(IReadOnlyList<string> groups);
}

/// <summary>Runs the product's entity path (mentions stage, story clustering, cross-article entity merging).</summary>
public interface ISystemEntitiesAdapter { ISystemEntities Analyze(IReadOnlyList<Article> articles); }

/// <summary>Optional: a quantity component that can also answer in CQE's terms directly (normalised unit, CQE change
/// labels, vague amounts as ranges). The NewsQuant evaluation prefers it to mapping <see cref="Quantity"/> records.</summary>
public interface ICqeQuantityAdapter
{
    IReadOnlyList<Scoring.CqeQuantity> ExtractForCqe(string sentence);
}

/// <summary>
/// The system side of every evaluation. A null member means "component not available yet" and the evaluation prints
/// that instead of a number. <see cref="FromDefaultPipeline"/> resolves them at run time, for each component:
/// (1) through the default <see cref="ArticlePipeline"/> when a stage with its name ("mentions", "quotes",
/// "quantities", "times") is registered in DefaultStages; otherwise (2) through the first public class in the
/// Triangulate assembly (by full name) that implements the adapter interface and has a parameterless constructor
/// (Evaluation/Adapters holds those for the extractors and fusion components that exist); otherwise null.
/// </summary>
public sealed record SystemComponents
{
    public IMentionExtractorAdapter? Mentions { get; init; }
    public IQuoteExtractorAdapter? Quotes { get; init; }
    public IQuantityExtractorAdapter? Quantities { get; init; }
    /// <summary>The quantity component's own CQE mapping (normalised units, CQE change words), preferred by the
    /// NewsQuant evaluation because a <see cref="Quantity"/> record does not carry the normalised unit.</summary>
    public ICqeQuantityAdapter? CqeQuantities { get; init; }
    public ITimeExtractorAdapter? Times { get; init; }
    public IStoryClustererAdapter? Stories { get; init; }
    public IEntityCorefAdapter? EntityCoref { get; init; }
    public ISystemEntitiesAdapter? SystemEntities { get; init; }

    public static SystemComponents None { get; } = new();

    public static SystemComponents FromDefaultPipeline()
    {
        var pipeline = PipelineBuilder.Default().Build();
        var stages = pipeline.Stages.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var run = new PipelineRunner(pipeline);
        return new SystemComponents
        {
            Mentions = stages.Contains("mentions") ? run : Discover<IMentionExtractorAdapter>(),
            Quotes = stages.Contains("quotes") ? run : Discover<IQuoteExtractorAdapter>(),
            // A component that answers in CQE's terms (normalised units of counted nouns, step vs level changes) is
            // preferred: mapping contract Quantity records loses what the NewsQuant annotation compares.
            Quantities = Discover<ICqeQuantityAdapter>() as IQuantityExtractorAdapter
                         ?? (stages.Contains("quantities") ? run : Discover<IQuantityExtractorAdapter>()),
            Times = stages.Contains("times") ? run : Discover<ITimeExtractorAdapter>(),
            CqeQuantities = Discover<ICqeQuantityAdapter>(),
            Stories = Discover<IStoryClustererAdapter>(),
            EntityCoref = Discover<IEntityCorefAdapter>(),
            SystemEntities = Discover<ISystemEntitiesAdapter>(),
        };
    }

    private static T? Discover<T>() where T : class
    {
        var type = typeof(SystemComponents).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(T).IsAssignableFrom(t)
                        && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .FirstOrDefault();
        return type is null ? null : (T?)Activator.CreateInstance(type);
    }

    /// <summary>Runs the whole default pipeline on an article and reads one field.</summary>
    private sealed class PipelineRunner(ArticlePipeline pipeline)
        : IMentionExtractorAdapter, IQuoteExtractorAdapter, IQuantityExtractorAdapter, ITimeExtractorAdapter
    {
        IReadOnlyList<Mention> IMentionExtractorAdapter.Extract(Article article) => pipeline.Analyze(article).Mentions;
        IReadOnlyList<Quote> IQuoteExtractorAdapter.Extract(Article article) => pipeline.Analyze(article).Quotes;
        IReadOnlyList<Quantity> IQuantityExtractorAdapter.Extract(Article article) => pipeline.Analyze(article).Quantities;
        IReadOnlyList<TimeExpression> ITimeExtractorAdapter.Extract(Article article) => pipeline.Analyze(article).Times;
    }
}
