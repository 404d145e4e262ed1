using Triangulate.Documents;

namespace Triangulate.Text;

/// <summary>Finds body paragraphs: runs of text separated by line breaks, minus removed (non-body) spans.
/// News text in the wild uses both blank lines and single newlines between paragraphs, and a paragraph never
/// continues over a line break in plain-text news, so every line break ends a paragraph.</summary>
public static class Paragraphs
{
    public static IReadOnlyList<Paragraph> Find(string text, IReadOnlyList<RemovedSpan> removed)
    {
        var result = new List<Paragraph>();
        var sortedRemoved = removed.OrderBy(r => r.Start).ToArray();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r' or '\u2028' or '\u2029')) continue;
            AddLine(text, lineStart, i, sortedRemoved, result);
            lineStart = i + 1;
        }
        return result;
    }

    private static void AddLine(string text, int start, int end, RemovedSpan[] removed, List<Paragraph> into)
    {
        // Cut the line around removed spans; what is left are body pieces.
        var pos = start;
        foreach (var r in removed)
        {
            if (r.End <= pos || r.Start >= end) continue;
            AddTrimmed(text, pos, Math.Min(r.Start, end), into);
            pos = Math.Max(pos, r.End);
        }
        AddTrimmed(text, pos, end, into);
    }

    private static void AddTrimmed(string text, int start, int end, List<Paragraph> into)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) into.Add(new Paragraph(start, end));
    }
}
