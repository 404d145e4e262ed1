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

/// <summary>Cross-document entity coreference over GIVEN mentions (gold mentions, so that linking is measured alone):
/// returns one entity label per mention, in input order.</summary>
public interface IEntityCorefAdapter
{
    IReadOnlyList<string> Resolve(IReadOnlyList<Article> articles, IReadOnlyList<(int Article, Span Span)> mentions);
}

/// <summary>
/// The system side of every evaluation. A null member means "component not available yet" and the evaluation prints
/// that instead of a number. <see cref="FromDefaultPipeline"/> resolves them at run time:
/// single-article extractors through the default <see cref="ArticlePipeline"/> (a component is available when a stage
/// with its name — "mentions", "quotes", "quantities", "times" — is registered in DefaultStages), and the cross-article
/// components (stories, entity coreference) through the first public class in the Triangulate assembly (by full name)
/// implementing <see cref="IStoryClustererAdapter"/> / <see cref="IEntityCorefAdapter"/> with a parameterless constructor,
/// so the fusion stages plug in by adding one small adapter class next to their code.
/// </summary>
public sealed record SystemComponents
{
    public IMentionExtractorAdapter? Mentions { get; init; }
    public IQuoteExtractorAdapter? Quotes { get; init; }
    public IQuantityExtractorAdapter? Quantities { get; init; }
    public ITimeExtractorAdapter? Times { get; init; }
    public IStoryClustererAdapter? Stories { get; init; }
    public IEntityCorefAdapter? EntityCoref { get; init; }

    public static SystemComponents None { get; } = new();

    public static SystemComponents FromDefaultPipeline()
    {
        var pipeline = PipelineBuilder.Default().Build();
        var stages = pipeline.Stages.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var run = new PipelineRunner(pipeline);
        return new SystemComponents
        {
            Mentions = stages.Contains("mentions") ? run : null,
            Quotes = stages.Contains("quotes") ? run : null,
            Quantities = stages.Contains("quantities") ? run : null,
            Times = stages.Contains("times") ? run : null,
            Stories = Discover<IStoryClustererAdapter>(),
            EntityCoref = Discover<IEntityCorefAdapter>(),
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
