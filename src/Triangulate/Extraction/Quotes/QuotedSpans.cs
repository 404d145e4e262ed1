using Triangulate.Documents;

namespace Triangulate.Extraction.Quotes;

/// <summary>A stretch of text between quotation marks. <see cref="Pieces"/> holds the quoted text of each
/// paragraph when a quotation runs over several paragraphs (news style opens each paragraph again and closes only
/// the last one).</summary>
internal sealed record QuotedSpan(int Open, int End, IReadOnlyList<Span> Pieces, bool Closed)
{
    /// <summary>From the first to the last quoted character, marks excluded.</summary>
    public Span Content => new(Pieces[0].Start, Pieces[^1].End);
    /// <summary>Marks included.</summary>
    public Span Outer => new(Open, End);
}

/// <summary>Finds quotations: curly and straight double marks, single marks used as primary quotes (British
/// style) when no double quotation encloses them, nested quotes (kept inside their outer quote), paragraphs
/// continuing an unclosed quotation, and quotations that are never closed (they end with their paragraph).</summary>
internal static class QuotedSpans
{
    public static IReadOnlyList<QuotedSpan> Find(string text, IReadOnlyList<Span> paragraphs)
    {
        var result = new List<QuotedSpan>();
        int? pendingOpen = null;               // an unclosed quotation carried into the next paragraph
        var pendingPieces = new List<Span>();

        for (var pi = 0; pi < paragraphs.Count; pi++)
        {
            var para = paragraphs[pi];
            var i = para.Start;
            if (pendingOpen is not null)
            {
                // A paragraph that opens with a mark continues the quotation; anything else ends it.
                if (i < para.End && DoubleOpenLength(text, i, para.Start) is var cl and > 0)
                {
                    var (close, closeLength) = FindDoubleClose(text, i + cl, para.End);
                    if (close < 0)
                    {
                        pendingPieces.Add(Trim(text, i + cl, para.End));
                        continue;
                    }
                    pendingPieces.Add(Trim(text, i + cl, close));
                    result.Add(new QuotedSpan(pendingOpen.Value, close + closeLength, pendingPieces.ToArray(), true));
                    pendingOpen = null;
                    pendingPieces.Clear();
                    i = close + closeLength;
                }
                else
                {
                    result.Add(new QuotedSpan(pendingOpen.Value, pendingPieces[^1].End, pendingPieces.ToArray(), false));
                    pendingOpen = null;
                    pendingPieces.Clear();
                }
            }

            while (i < para.End)
            {
                if (DoubleOpenLength(text, i, para.Start) is var ol and > 0)
                {
                    var (close, closeLength) = FindDoubleClose(text, i + ol, para.End);
                    if (close >= 0)
                    {
                        var piece = Trim(text, i + ol, close);
                        if (!piece.IsEmpty) result.Add(new QuotedSpan(i, close + closeLength, [piece], true));
                        i = close + closeLength;
                        continue;
                    }
                    // Unclosed: may continue in the next paragraph.
                    var rest = Trim(text, i + ol, para.End);
                    if (!rest.IsEmpty && rest.Length > 1)
                    {
                        pendingOpen = i;
                        pendingPieces.Add(rest);
                    }
                    break;
                }
                if (IsSingleOpen(text, i, para.Start))
                {
                    var close = FindSingleClose(text, i + 1, para.End);
                    if (close >= 0)
                    {
                        var piece = Trim(text, i + 1, close);
                        if (!piece.IsEmpty) result.Add(new QuotedSpan(i, close + 1, [piece], true));
                        i = close + 1;
                        continue;
                    }
                }
                i++;
            }
        }
        if (pendingOpen is not null && pendingPieces.Count > 0)
            result.Add(new QuotedSpan(pendingOpen.Value, pendingPieces[^1].End, pendingPieces.ToArray(), false));
        return result;
    }

    internal static bool IsDoubleMark(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';

    /// <summary>Length of the double opening mark at <paramref name="i"/>: 1 for " “ „ «, 2 for two apostrophes
    /// (''...'', the house style of some news archives' plain text), 0 for none.</summary>
    private static int DoubleOpenLength(string text, int i, int paraStart)
    {
        if (IsDoubleMark(text[i])) return IsDoubleOpen(text, i, paraStart) ? 1 : 0;
        if (text[i] != '\'' || i + 2 >= text.Length || text[i + 1] != '\'') return 0;
        var before = i > paraStart ? text[i - 1] : ' ';
        var after = text[i + 2];
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':' or '/')
               && !char.IsWhiteSpace(after) && after != '\'' ? 2 : 0;
    }

    internal static bool IsDoubleOpen(string text, int i, int paraStart)
    {
        var c = text[i];
        if (c is '“' or '„' or '«') return true;
        if (c != '"') return false;
        // A straight mark opens when it follows a space, an opening bracket or dash, or starts the paragraph,
        // and is followed by something other than a space.
        var before = i > paraStart ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':' or '/')
               && !char.IsWhiteSpace(after);
    }

    /// <summary>The closing mark after <paramref name="from"/>: its index and length, or (-1, 0).</summary>
    private static (int Index, int Length) FindDoubleClose(string text, int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            var c = text[j];
            if (c is '”' or '»') return (j, 1);
            if (c == '"')
            {
                // A straight mark after a space and before a word opens a new quotation: the previous one was
                // left open by the writer, so treat this as its end.
                return (j, 1);
            }
            if (c == '\'' && j + 1 < end && text[j + 1] == '\'')
            {
                // ''...'' closes with two apostrophes; a run of three also ends a nested single quotation
                // and the double mark is its last two.
                var run = 2;
                while (j + run < end && text[j + run] == '\'') run++;
                var at = j + run - 2;
                var after = at + 2 < end ? text[at + 2] : ' ';
                if (!char.IsLetterOrDigit(after)) return (at, 2);
                j += run - 1;
                continue;
            }
            if (c == '“')
            {
                // A typo'd closing mark ("here,“ said Jim Clyburn") sits after a word and before a space.
                var after = j + 1 < text.Length ? text[j + 1] : ' ';
                if (!char.IsWhiteSpace(text[j - 1]) && (char.IsWhiteSpace(after) || j + 1 >= end)) return (j, 1);
                // Otherwise an opening mark before any closing one: the writer left the quotation open.
                return (-1, 0);
            }
        }
        return (-1, 0);
    }

    private static bool IsSingleOpen(string text, int i, int paraStart)
    {
        var c = text[i];
        if (c is not ('‘' or '\'')) return false;
        var before = i > paraStart ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or ':')
               && (char.IsLetterOrDigit(after) || after is '.' or '$');
    }

    private static int FindSingleClose(string text, int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            var c = text[j];
            if (c is not ('’' or '\'')) continue;
            var before = text[j - 1];
            var after = j + 1 < end ? text[j + 1] : ' ';
            // An apostrophe inside a word ("don't", "Korea's") is not a closing mark.
            if (char.IsLetter(after)) continue;
            if (char.IsWhiteSpace(before)) continue;
            // "voters' " is ambiguous; accept it only when the quotation is long enough to be speech.
            if (before == 's' && (char.IsWhiteSpace(after)) && j - from < 12) continue;
            if (char.IsWhiteSpace(after) || char.IsPunctuation(after) || j + 1 >= end) return j;
        }
        return -1;
    }

    private static Span Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new Span(start, end);
    }
}
