using Triangulate.Documents;
using Triangulate.Evaluation.Sets;
using Triangulate.Extraction.Quantities;
using Triangulate.Extraction.Quotes;
using Triangulate.Extraction.Times;
using Triangulate.Pipeline;

namespace Triangulate.Evaluation.Adapters;

// Adapters from the evaluation's system interfaces to extractors that exist but are not (yet) stages of the default
// pipeline. SystemComponents.FromDefaultPipeline prefers a registered stage; these are the fallback. When a stage is
// registered, the pipeline path is taken and these classes simply go unused.

/// <summary>The quantity extractor, on the whole text.</summary>
public sealed class QuantityExtractorAdapter : IQuantityExtractorAdapter, ICqeQuantityAdapter
{
    public IReadOnlyList<Quantity> Extract(Article article) => QuantityExtractor.Extract(article.Text);

    /// <summary>The quantities helper's own CQE mapping (normalised units, change labels, vague amounts as ranges).</summary>
    public IReadOnlyList<Scoring.CqeQuantity> ExtractForCqe(string sentence)
        => NewsQuantQuantities.Predict(sentence);
}

/// <summary>The time extractor, with the article's publication date (the DCT) as anchor.</summary>
public sealed class TimeExtractorAdapter : ITimeExtractorAdapter
{
    public IReadOnlyList<TimeExpression> Extract(Article article) => TimeExtractor.Extract(article.Text, article.Published);
}

/// <summary>The quote stage after the default pipeline (cleaning, segmentation, mentions), which it needs for
/// sentences and speaker linking.</summary>
public sealed class QuoteExtractorAdapter : IQuoteExtractorAdapter
{
    private readonly ArticlePipeline _pipeline = PipelineBuilder.Default().Build();
    private readonly QuoteStage _quotes = new();

    public IReadOnlyList<Quote> Extract(Article article) => _quotes.Apply(_pipeline.Analyze(article)).Quotes;
}
