using Triangulate.Documents;
using Triangulate.Pipeline;

namespace Triangulate.Extraction.Mentions;

/// <summary>Fills <see cref="AnalyzedArticle.Mentions"/>: people, organisations and places of the body text
/// (removed spans skipped), each with an article-local entity id, canonical name and stated role.</summary>
public sealed class MentionStage : IArticleStage
{
    private readonly MentionExtractor _extractor = new();

    public string Name => "mentions";

    public AnalyzedArticle Apply(AnalyzedArticle article)
    {
        IReadOnlyList<Mention> mentions;
        try
        {
            mentions = _extractor.Extract(article.Text, article.Removed, article.Sentences);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            // Odd text must never stop the pipeline; an article without mentions is still analysed.
            mentions = [];
        }
        return article with { Mentions = mentions };
    }
}
