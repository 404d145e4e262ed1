using Triangulate.Documents;

namespace Triangulate.Extraction.Quotes;

/// <summary>
/// Whether an attribution's cue is negated or refused: "has not publicly responded to the claims", "did not say
/// whether", "never said that", "declined to comment on the report", "refused to say". Annotation schemes such as
/// PolNeAR still mark these as attributions (the content is what was not said), so the quote stays in the article's
/// list; but nobody asserted the content, so the story stages must not present it as something the speaker said nor
/// credit a figure inside it to that speaker.
/// </summary>
public static class CueNegation
{
    /// <summary>Words that negate the verb they precede within a few words ("did not immediately respond").</summary>
    private static readonly HashSet<string> Negators = new(StringComparer.OrdinalIgnoreCase) { "not", "never", "neither", "nor" };

    /// <summary>Verbs of refusal whose "to"-infinitive is the thing not done ("declined to comment").</summary>
    private static readonly HashSet<string> Refusals = new(StringComparer.OrdinalIgnoreCase)
    { "declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing", "failed", "fails" };

    /// <summary>How many words before the cue a negator may stand and still be the cue's ("has not yet publicly
    /// responded" is three words away; further back it is usually another verb's).</summary>
    private const int Reach = 4;

    public static bool Applies(string text, Quote quote)
    {
        if (quote.Cue is not { } cue || cue.Start < 0 || cue.End > text.Length || cue.End <= cue.Start) return false;
        var cueWord = FirstWord(text, cue.Start, cue.End);
        if (Refusals.Contains(cueWord) && NextWordIs(text, cue.Start + cueWord.Length, "to")) return true;

        // Walk back word by word from the cue to the start of its clause.
        var i = cue.Start;
        for (var seen = 0; seen < Reach; seen++)
        {
            var end = i;
            while (end > 0 && text[end - 1] == ' ') end--;
            if (end == 0 || IsClauseBreak(text[end - 1])) return false;
            var start = end;
            while (start > 0 && IsWordChar(text[start - 1])) start--;
            if (start == end) return false;
            var word = text[start..end];
            if (Negators.Contains(word) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
                return true;
            if (Refusals.Contains(word)) return true;   // "declined to immediately comment"
            i = start;
        }
        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '\'' or '’' or '-';

    /// <summary>Commas, semicolons, colons, dashes, quotation marks and line breaks end the cue's clause: "It is not
    /// clear, officials said" does not negate "said".</summary>
    private static bool IsClauseBreak(char c) =>
        c is ',' or ';' or ':' or '.' or '!' or '?' or '—' or '–' or '"' or '“' or '”' or '\n' or '(' or ')';

    private static string FirstWord(string text, int start, int end)
    {
        var e = start;
        while (e < end && IsWordChar(text[e])) e++;
        return text[start..e];
    }

    private static bool NextWordIs(string text, int from, string word)
    {
        var i = from;
        while (i < text.Length && text[i] == ' ') i++;
        return i + word.Length <= text.Length && string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
               && (i + word.Length == text.Length || !char.IsLetter(text[i + word.Length]));
    }
}
