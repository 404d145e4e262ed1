using Triangulate.Documents;
using Triangulate.Extraction.Quantities;
using Triangulate.Pipeline;

namespace Triangulate.Extraction.Times;

/// <summary>Fills <see cref="AnalyzedArticle.Times"/> from the body text. Relative expressions resolve against the
/// article's publication date (<see cref="Article.Published"/>), never against the machine's clock; without one
/// they keep their span with a null value.</summary>
public sealed class TimeStage : IArticleStage
{
    public string Name => "times";

    public AnalyzedArticle Apply(AnalyzedArticle doc)
    {
        var found = new List<TimeExpression>();
        foreach (var (start, end) in BodyRanges.Of(doc))
            foreach (var t in TimeExtractor.Extract(doc.Text, doc.Article.Published, start, end))
                if (!BodyRanges.TouchesRemoved(doc, t.Start, t.End)) found.Add(t);
        return doc with { Times = found };
    }
}
