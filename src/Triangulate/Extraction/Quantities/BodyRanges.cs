using Triangulate.Documents;

namespace Triangulate.Extraction.Quantities;

/// <summary>The parts of an article the extractors read: its body sentences when segmentation ran, otherwise
/// the text between removed (non-body) spans.</summary>
internal static class BodyRanges
{
    public static IEnumerable<(int Start, int End)> Of(AnalyzedArticle doc)
    {
        if (doc.Sentences.Count > 0)
        {
            foreach (var s in doc.BodySentences) yield return (s.Start, s.End);
            yield break;
        }
        var removed = doc.Removed.OrderBy(r => r.Start).ToList();
        var at = 0;
        foreach (var r in removed)
        {
            if (r.Start > at) yield return (at, r.Start);
            at = Math.Max(at, r.End);
        }
        if (at < doc.Text.Length) yield return (at, doc.Text.Length);
    }

    public static bool TouchesRemoved(AnalyzedArticle doc, int start, int end)
    {
        foreach (var r in doc.Removed) if (start < r.End && r.Start < end) return true;
        return false;
    }
}
