using Triangulate.Documents;

namespace Triangulate.Pipeline;

/// <summary>One single-article stage. Stages never throw on odd text; they return the article unchanged
/// (with a reason recorded by the caller) when they cannot work.</summary>
public interface IArticleStage
{
    /// <summary>Stable name, e.g. "cleaning", "segmentation", "mentions", "quotes", "quantities", "times".</summary>
    string Name { get; }
    AnalyzedArticle Apply(AnalyzedArticle article);
}

/// <summary>An immutable sequence of stages, built once by <see cref="PipelineBuilder"/> and reused across
/// articles and threads.</summary>
public sealed class ArticlePipeline
{
    private readonly IArticleStage[] _stages;

    internal ArticlePipeline(IEnumerable<IArticleStage> stages) => _stages = stages.ToArray();

    public IReadOnlyList<IArticleStage> Stages => _stages;

    public AnalyzedArticle Analyze(Article article)
    {
        var doc = new AnalyzedArticle(article);
        var ran = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            doc = stage.Apply(doc);
            ran.Add(stage.Name);
        }
        return doc with { StagesRun = ran };
    }

    /// <summary>Analyses many articles in parallel; output order is the input order.</summary>
    public IReadOnlyList<AnalyzedArticle> AnalyzeAll(IReadOnlyList<Article> articles, int? maxParallelism = null)
    {
        var results = new AnalyzedArticle[articles.Count];
        Parallel.For(0, articles.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxParallelism ?? Environment.ProcessorCount },
            i => results[i] = Analyze(articles[i]));
        return results;
    }
}

/// <summary>Builds an <see cref="ArticlePipeline"/>. Stage order matters: cleaning, then segmentation,
/// then extractors (mentions before quotes, which resolve speakers to mentions).</summary>
public sealed class PipelineBuilder
{
    private readonly List<IArticleStage> _stages = [];

    public PipelineBuilder Use(IArticleStage stage)
    {
        if (_stages.Any(s => s.Name == stage.Name))
            throw new InvalidOperationException($"Stage '{stage.Name}' is already in the pipeline.");
        _stages.Add(stage);
        return this;
    }

    public ArticlePipeline Build() => new(_stages);

    /// <summary>The full default pipeline. Each capability registers itself here once it exists.</summary>
    public static PipelineBuilder Default()
    {
        var b = new PipelineBuilder();
        DefaultStages.Register(b);
        return b;
    }
}
