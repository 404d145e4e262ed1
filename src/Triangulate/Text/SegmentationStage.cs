using Triangulate.Documents;
using Triangulate.Pipeline;

namespace Triangulate.Text;

/// <summary>Fills paragraphs, tokens and sentences of the body (text outside removed spans).</summary>
public sealed class SegmentationStage : IArticleStage
{
    public string Name => "segmentation";

    public AnalyzedArticle Apply(AnalyzedArticle doc)
    {
        var paragraphs = Paragraphs.Find(doc.Text, doc.Removed);
        var tokens = new List<Token>();
        foreach (var p in paragraphs) tokens.AddRange(Tokenizer.Tokenize(doc.Text, p.Start, p.End));
        var sentences = SentenceSplitter.Split(doc.Text, tokens, paragraphs);
        return doc with { Paragraphs = paragraphs, Tokens = tokens, Sentences = sentences };
    }
}

/// <summary>Finds the tokens inside a span by binary search over the (sorted) token list.</summary>
public static class TokenRange
{
    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public static int FirstAtOrAfter(IReadOnlyList<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The [from, to) index range of tokens lying inside <paramref name="span"/>.</summary>
    public static (int From, int To) Within(IReadOnlyList<Token> tokens, Span span)
    {
        var from = FirstAtOrAfter(tokens, span.Start);
        var to = from;
        while (to < tokens.Count && tokens[to].End <= span.End) to++;
        return (from, to);
    }
}
