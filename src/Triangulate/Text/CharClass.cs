namespace Triangulate.Text;

/// <summary>Typographic classes of characters. News text mixes straight and curly quotes, several dashes and
/// non-breaking spaces; the extractors should never each re-learn that.</summary>
internal static class CharClass
{
    public static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033';
    public static bool IsSingleQuote(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A';
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';
    /// <summary>Characters that can join two parts of one word ("Jong-un", "co-belligerents").</summary>
    public static bool IsWordHyphen(char c) => c is '-' or '\u2010' or '\u2011';
    public static bool IsOpeningDoubleQuote(char c) => c is '\u201C' or '\u201E' or '\u00AB';
    public static bool IsClosingDoubleQuote(char c) => c is '\u201D' or '\u00BB';
    public static bool IsSentenceFinal(char c) => c is '.' or '!' or '?' or '\u2026';
    public static bool IsClosingBracket(char c) => c is ')' or ']' or '}';
    public static bool IsOpeningBracket(char c) => c is '(' or '[' or '{';
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
