using Triangulate.Documents;
using Triangulate.Pipeline;

namespace Triangulate.Extraction.Quotes;

/// <summary>Fills <see cref="AnalyzedArticle.Quotes"/>: direct, indirect and mixed attributions with speakers linked
/// to the mentions stage's entities. Runs after mentions.</summary>
public sealed class QuoteStage : IArticleStage
{
    private readonly CueLexicon _lexicon;
    private readonly QuoteModels _models;

    public QuoteStage(CueLexicon? lexicon = null, QuoteModels? models = null)
    {
        _lexicon = lexicon ?? CueLexicon.Default;
        _models = models ?? QuoteModels.Default;
    }

    public string Name => "quotes";

    public AnalyzedArticle Apply(AnalyzedArticle article)
    {
        try
        {
            var quotes = QuoteExtractor.Extract(article, _lexicon, _models);
            return article with { Quotes = quotes.Select(q => CueNegation.Applies(article.Text, q) ? q with { Negated = true } : q).ToArray() };
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            // Extractors never fail an article on odd text; an empty result is the honest answer.
            return article with { Quotes = [] };
        }
    }
}
