using Triangulate.Documents;

namespace Triangulate.Text;

/// <summary>
/// Splits body paragraphs into sentences. A boundary is a sentence-final mark (. ! ? …) followed by any closing
/// quotes/brackets and then a plausible sentence start, outside any open quotation: a sentence must not end
/// inside a quotation, so "“What exactly? Left to be seen.”" stays one sentence with its attribution.
/// Paragraph ends always end a sentence (a multi-paragraph quote has no closing mark on its earlier paragraphs).
/// </summary>
public static class SentenceSplitter
{
    // Words that begin sentences after an abbreviation that can also end one ("... to the U.S. The ...").
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This", "That",
        "These", "Those", "There", "His", "Her", "Their", "Its", "Our", "If", "When", "While", "As", "After", "Before",
        "Officials", "Some", "Many", "Most", "No", "Not", "Meanwhile", "However", "Earlier", "Later", "Last", "So", "Yet",
    };

    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Paragraph> paragraphs)
    {
        var sentences = new List<Sentence>();
        var t = 0;
        foreach (var p in paragraphs)
        {
            while (t < tokens.Count && tokens[t].Start < p.Start) t++;
            var first = t;
            while (t < tokens.Count && tokens[t].End <= p.End) t++;
            SplitParagraph(text, tokens, first, t, sentences);
        }
        return sentences;
    }

    private static void SplitParagraph(string text, IReadOnlyList<Token> tokens, int first, int end, List<Sentence> into)
    {
        if (first >= end) return;
        var sentenceStart = first;
        var quoteOpen = false;
        for (var i = first; i < end; i++)
        {
            var tok = tokens[i];
            int last;
            if (tok.Kind == TokenKind.Quote && tok.Norm == "\"")
            {
                var wasOpen = quoteOpen;
                quoteOpen = QuoteOpensHere(text, tok, quoteOpen);
                // A quotation closing right after a final mark may end the sentence: …sort out.” He added
                if (!wasOpen || quoteOpen || i == first || !EndsSentence(text, tokens, i - 1, end)) continue;
                last = i;
            }
            else
            {
                if (quoteOpen || !EndsSentence(text, tokens, i, end)) continue;
                last = i;
            }
            // Closing marks belong to the sentence they close: ." ?” .)
            while (last + 1 < end && IsCloser(text, tokens[last + 1])) last++;
            if (last + 1 < end && !StartsSentence(tokens[last + 1])) continue;
            into.Add(new Sentence(tokens[sentenceStart].Start, tokens[last].End));
            sentenceStart = last + 1;
            i = last;
        }
        if (sentenceStart < end) into.Add(new Sentence(tokens[sentenceStart].Start, tokens[end - 1].End));
    }

    /// <summary>Decides whether a double quote opens or closes. Curly quotes say so; a straight quote opens when
    /// it follows a space or an opening bracket (or starts the paragraph) and nothing is open yet.</summary>
    private static bool QuoteOpensHere(string text, Token tok, bool open)
    {
        var c = text[tok.Start];
        if (CharClass.IsOpeningDoubleQuote(c)) return true;
        if (CharClass.IsClosingDoubleQuote(c)) return false;
        if (open) return false;
        var before = tok.Start > 0 ? text[tok.Start - 1] : ' ';
        return char.IsWhiteSpace(before) || CharClass.IsOpeningBracket(before) || CharClass.IsDash(before) || before == ':';
    }

    private static bool EndsSentence(string text, IReadOnlyList<Token> tokens, int i, int end)
    {
        var tok = tokens[i];
        if (tok.Kind == TokenKind.Punctuation)
            return tok.Norm is "." or "!" or "?" || (tok.Norm == "..." && i + 1 < end && StartsUpper(tokens[i + 1]));
        // "U.S." / "Inc." / an initial may end a sentence; only when a typical sentence starter follows.
        if (tok.Kind == TokenKind.Word && text[tok.End - 1] == '.' && i + 1 < end)
        {
            var word = text.AsSpan(tok.Start, tok.Length - 1);
            if (Abbreviations.IsNeverFinal(word) || (word.Length == 1 && char.IsUpper(word[0]))) return false;
            var next = tokens[i + 1];
            return SentenceStarters.Contains(next.Norm) || IsCloser(text, next);
        }
        return false;
    }

    /// <summary>A closing quote or bracket. A straight quote closes when it is glued to what precedes it
    /// ('end."'); one after a space opens the next sentence.</summary>
    private static bool IsCloser(string text, Token t)
    {
        if (t.Kind == TokenKind.Punctuation) return t.Norm is ")" or "]";
        if (t.Kind != TokenKind.Quote) return false;
        var c = text[t.Start];
        if (c is '\u201C' or '\u2018' or '\u201E' or '\u00AB') return false;
        if (c is '\u201D' or '\u2019' or '\u00BB') return true;
        return t.Start > 0 && !char.IsWhiteSpace(text[t.Start - 1]);
    }

    private static bool StartsUpper(Token t) => t.Norm.Length > 0 && char.IsUpper(t.Norm[0]);

    private static bool StartsSentence(Token t)
        => t.Kind switch
        {
            TokenKind.Word => char.IsUpper(t.Norm[0]) || !char.IsLetter(t.Norm[0]),
            TokenKind.Number => true,
            TokenKind.Quote => true,
            TokenKind.Dash => false,
            TokenKind.Punctuation => t.Norm is "(" or "[",
            _ => true,
        };
}
