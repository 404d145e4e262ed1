using Triangulate.Documents;

namespace Triangulate.Cleaning;

/// <summary>One non-blank line of the article, trimmed, with what surrounds it. Noise in news text (titles,
/// captions, credits, embedded posts, footers) comes as whole lines, so detectors reason about lines.</summary>
public sealed record TextBlock(int Index, int Start, int End, string Text, bool BlankBefore, bool BlankAfter)
{
    public Span Span => new(Start, End);
}

/// <summary>The blocks of an article and the spans already known to be noise.</summary>
public sealed class CleaningContext
{
    public CleaningContext(Article article)
    {
        Article = article;
        Blocks = TextBlocks.Find(article.Text, article.KnownNoise);
    }

    public Article Article { get; }
    public string Text => Article.Text;
    public IReadOnlyList<TextBlock> Blocks { get; }
}

public static class TextBlocks
{
    /// <summary>Splits text into trimmed non-blank lines. Known noise at the start of a line (the " date ..."
    /// header) is cut off the block, so the rest of that line is judged on its own.</summary>
    public static IReadOnlyList<TextBlock> Find(string text, IReadOnlyList<RemovedSpan> knownNoise)
    {
        var blocks = new List<TextBlock>();
        var lineStart = 0;
        var blankBefore = true;
        var pending = default((int Start, int End)?);
        bool pendingBlankBefore = false;
        while (lineStart <= text.Length)
        {
            var nl = text.IndexOf('\n', lineStart);
            var lineEnd = nl < 0 ? text.Length : nl;
            var s = lineStart; var e = lineEnd;
            foreach (var k in knownNoise)
                if (k.Start <= s && k.End > s) s = Math.Min(e, k.End);
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s)
            {
                if (pending is { } p) blocks.Add(Make(p, pendingBlankBefore, blankAfter: false));
                pending = (s, e); pendingBlankBefore = blankBefore;
                blankBefore = false;
            }
            else if (pending is { } p)
            {
                blocks.Add(Make(p, pendingBlankBefore, blankAfter: true));
                pending = null;
                blankBefore = true;
            }
            else blankBefore = true;
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        if (pending is { } last) blocks.Add(Make(last, pendingBlankBefore, blankAfter: true));
        return blocks;

        TextBlock Make((int Start, int End) r, bool before, bool blankAfter)
            => new(blocks.Count, r.Start, r.End, text[r.Start..r.End], before, blankAfter);
    }
}

/// <summary>Finds one class of non-body text. Detectors never throw and never report body text: when unsure, stay silent.</summary>
public interface INoiseDetector
{
    IEnumerable<RemovedSpan> Detect(CleaningContext context);
}
