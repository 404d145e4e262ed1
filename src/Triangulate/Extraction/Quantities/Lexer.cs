namespace Triangulate.Extraction.Quantities;

internal enum LexKind { Word, Number, Symbol }

/// <summary>
/// A token of the quantity and time lexer. Unlike the shared Text tokenizer this one splits digits from
/// letters ("1.5bn" → "1.5" "bn", "XC40" → "XC" "40") and records whether whitespace came before a token,
/// because for numbers that difference decides the reading ("5am", "54GB", "iPhone 11").
/// </summary>
internal readonly record struct Lex(int Start, int End, LexKind Kind, string Text, string Lower, bool SpaceBefore)
{
    public bool IsWord => Kind == LexKind.Word;
    public bool IsNumber => Kind == LexKind.Number;
    public bool Is(string lower) => Lower == lower;
    public bool IsCapitalized => Kind == LexKind.Word && char.IsUpper(Text[0]);
}

/// <summary>
/// A single linear pass over the text: no regular expressions, no backtracking, so the cost is
/// proportional to the length of the text whatever it contains.
/// </summary>
internal static class Lexer
{
    public static List<Lex> Lex(string text, int start = 0, int end = -1)
    {
        if (end < 0 || end > text.Length) end = text.Length;
        var tokens = new List<Lex>(Math.Max(16, (end - start) / 5));
        var i = start;
        var space = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { space = true; i++; continue; }
            int j;
            LexKind kind;
            if (char.IsDigit(c) || c == '.' && i + 1 < end && char.IsDigit(text[i + 1]) && (i == start || !char.IsLetterOrDigit(text[i - 1])))
            {
                kind = LexKind.Number;
                j = i + 1;
                while (j < end)
                {
                    var d = text[j];
                    if (char.IsDigit(d)) { j++; continue; }
                    // "3,000" (a comma followed by exactly three digits) and "1.25" (a point followed by a digit).
                    if (d == ',' && j + 3 < end + 1 && ThreeDigits(text, j + 1, end)) { j += 4; continue; }
                    if (d == '.' && j + 1 < end && char.IsDigit(text[j + 1])) { j += 2; continue; }
                    break;
                }
            }
            else if (char.IsLetter(c))
            {
                kind = LexKind.Word;
                j = i + 1;
                while (j < end)
                {
                    var d = text[j];
                    if (char.IsLetter(d)) { j++; continue; }
                    // Keep "year-old", "mid-October", "twenty-five", "don't" whole: an inner hyphen or apostrophe
                    // between letters.
                    if ((d == '-' || d == '\'' || d == '\u2019' || d == '\u2010' || d == '\u2011') && j + 1 < end && char.IsLetter(text[j + 1]) && d != '\'' && d != '\u2019')
                    { j += 2; continue; }
                    if ((d == '\'' || d == '\u2019') && j + 1 < end && char.IsLetter(text[j + 1]) && !(j + 2 <= end && (text[j + 1] == 's' || text[j + 1] == 'S') && (j + 2 == end || !char.IsLetter(text[j + 2]))))
                    { j += 2; continue; }
                    break;
                }
                // Abbreviations written with points: "a.m.", "p.m.", "U.S." stay one word.
                if (j < end && text[j] == '.' && j - i == 1 && j + 2 < end + 1 && j + 1 < end && char.IsLetter(text[j + 1]) && j + 2 < end && text[j + 2] == '.')
                {
                    j += 3;
                    while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 == end || !char.IsLetter(text[j + 2]))) j += 2;
                }
            }
            else
            {
                kind = LexKind.Symbol;
                j = i + 1;
            }
            var s = text.Substring(i, j - i);
            tokens.Add(new Lex(i, j, kind, s, Fold(s), space));
            space = false;
            i = j;
        }
        return tokens;
    }

    private static bool ThreeDigits(string text, int k, int end)
        => k + 3 <= end && char.IsDigit(text[k]) && char.IsDigit(text[k + 1]) && char.IsDigit(text[k + 2])
           && (k + 3 == end || !char.IsDigit(text[k + 3]));

    /// <summary>Lower case with typographic dashes and apostrophes folded.</summary>
    private static string Fold(string s)
    {
        if (s.Length == 1)
        {
            var c = s[0];
            if (c is '\u2013' or '\u2014' or '\u2212' or '\u2010' or '\u2011') return "-";
            if (c is '\u2019' or '\u2018') return "'";
        }
        var lower = s.ToLowerInvariant();
        return lower.IndexOf('\u2019') >= 0 ? lower.Replace('\u2019', '\'') : lower;
    }
}
