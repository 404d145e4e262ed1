using Triangulate.Documents;

namespace Triangulate.Text;

/// <summary>
/// Splits news text into tokens whose offsets index the original text. Kept deliberately simple and linear
/// (one pass, no regular expressions) because it runs over every article of a day's news.
/// Conventions: possessive "'s" is its own token (so "Korea's" gives a name token "Korea"); other contractions
/// and internal hyphens stay inside a word ("they're", "Jong-un"); "U.S." and "Mr." are single tokens;
/// numbers keep their separators ("3,000", "1.2") and a unit glued to them is a separate word ("1.5", "bn").
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0 || end > text.Length) end = text.Length;
        var tokens = new List<Token>(Math.Max(16, (end - start) / 5));
        var i = Math.Max(0, start);
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF' || c == '\u200B') { i++; continue; }
            var next = ReadToken(text, i, end);
            tokens.Add(next);
            i = next.End;
        }
        return tokens;
    }

    private static Token ReadToken(string text, int i, int end)
    {
        var c = text[i];
        if (IsUrlStart(text, i, end)) return Make(text, i, ScanUntilSpace(text, i, end), TokenKind.Url);
        if ((c == '@' || c == '#') && i + 1 < end && CharClass.IsWordChar(text[i + 1]))
        {
            var j = i + 1;
            while (j < end && (CharClass.IsWordChar(text[j]))) j++;
            return Make(text, i, j, TokenKind.Handle);
        }
        if (char.IsDigit(c)) return Make(text, i, ScanNumber(text, i, end), TokenKind.Number);
        if (char.IsLetter(c)) return ReadWord(text, i, end);
        if (CharClass.IsApostrophe(c) && i + 1 < end && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2]))
            && i > 0 && char.IsLetter(text[i - 1]))
            return new Token(i, i + 2, TokenKind.Word, "'s");
        if (CharClass.IsDoubleQuote(c)) return new Token(i, i + 1, TokenKind.Quote, "\"");
        if (CharClass.IsSingleQuote(c)) return new Token(i, i + 1, TokenKind.Quote, "'");
        if (CharClass.IsDash(c))
        {
            var j = i + 1;
            while (j < end && CharClass.IsDash(text[j])) j++;
            return new Token(i, j, TokenKind.Dash, "-");
        }
        if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.') return new Token(i, i + 3, TokenKind.Punctuation, "...");
        if (c == '\u2026') return new Token(i, i + 1, TokenKind.Punctuation, "...");
        if (char.IsPunctuation(c)) return Make(text, i, i + 1, TokenKind.Punctuation);
        if (char.IsSurrogate(c) && i + 1 < end && char.IsSurrogatePair(c, text[i + 1])) return Make(text, i, i + 2, TokenKind.Symbol);
        return Make(text, i, i + 1, TokenKind.Symbol);
    }

    private static Token ReadWord(string text, int i, int end)
    {
        var j = i;
        while (true)
        {
            while (j < end && CharClass.IsWordChar(text[j])) j++;
            if (j + 1 >= end) break;
            var c = text[j];
            // Joined word: "Jong-un", "mid-October", "co-belligerents"; contraction: "they're", "O'Brien" (not "'s").
            if (CharClass.IsWordHyphen(c) && char.IsLetterOrDigit(text[j + 1])) { j++; continue; }
            if (CharClass.IsApostrophe(c) && char.IsLetter(text[j + 1]) && !IsPossessiveS(text, j, end)) { j++; continue; }
            break;
        }
        // Dotted acronyms ("U.S.", "U.N.", "a.m.") and abbreviations ("Mr.", "Sept."), and initials ("J.").
        if (j < end && text[j] == '.')
        {
            var k = j;
            while (k + 2 <= end && text[k] == '.' && k + 1 < end && char.IsLetter(text[k + 1]) && (k + 2 == end || text[k + 2] == '.'))
                k += 2;
            if (k > j && k < end && text[k] == '.') return Make(text, i, k + 1, TokenKind.Word);
            var word = text.AsSpan(i, j - i);
            if ((word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.TakesPeriod(word))
                return Make(text, i, j + 1, TokenKind.Word);
        }
        return Make(text, i, j, TokenKind.Word);
    }

    private static bool IsPossessiveS(string text, int apostrophe, int end)
        => apostrophe + 1 < end && text[apostrophe + 1] is 's' or 'S' && (apostrophe + 2 >= end || !char.IsLetter(text[apostrophe + 2]));

    private static int ScanNumber(string text, int i, int end)
    {
        var j = i;
        while (j < end)
        {
            if (char.IsDigit(text[j])) { j++; continue; }
            // Separators only between digits: "3,000", "1.2", "10:30"; "2024." ends the sentence.
            if (text[j] is ',' or '.' or ':' && j + 1 < end && char.IsDigit(text[j + 1]) && j > i && char.IsDigit(text[j - 1])) { j++; continue; }
            break;
        }
        return j;
    }

    private static bool IsUrlStart(string text, int i, int end)
    {
        var s = text.AsSpan(i, Math.Min(12, end - i));
        return s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || s.StartsWith("pic.twitter.", StringComparison.OrdinalIgnoreCase);
    }

    private static int ScanUntilSpace(string text, int i, int end)
    {
        var j = i;
        while (j < end && !char.IsWhiteSpace(text[j])) j++;
        // A URL does not swallow the sentence's closing punctuation or quote.
        while (j > i + 1 && (text[j - 1] is '.' or ',' or ';' or ':' or ')' or '!' or '?' || CharClass.IsDoubleQuote(text[j - 1]))) j--;
        return j;
    }

    private static Token Make(string text, int start, int end, TokenKind kind)
    {
        var raw = text.AsSpan(start, end - start);
        // Fold curly apostrophes inside words so lookups need one spelling ("they’re" → "they're").
        var norm = raw.IndexOfAny('\u2019', '\u02BC') >= 0 ? raw.ToString().Replace('\u2019', '\'').Replace('\u02BC', '\'') : raw.ToString();
        return new Token(start, end, kind, norm);
    }
}
