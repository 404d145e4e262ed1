using Triangulate.Documents;
using Triangulate.Pipeline;

namespace Triangulate.Extraction.Quantities;

/// <summary>Fills <see cref="AnalyzedArticle.Quantities"/> from the body text, sentence by sentence.
/// Quantities in removed spans (captions, credits, embedded posts) are left out.</summary>
public sealed class QuantityStage : IArticleStage
{
    public string Name => "quantities";

    public AnalyzedArticle Apply(AnalyzedArticle doc)
    {
        var found = new List<Quantity>();
        foreach (var (start, end) in BodyRanges.Of(doc))
            foreach (var q in QuantityExtractor.Extract(doc.Text, start, end))
                if (!BodyRanges.TouchesRemoved(doc, q.Start, q.End)) found.Add(q);
        return doc with { Quantities = found };
    }
}
