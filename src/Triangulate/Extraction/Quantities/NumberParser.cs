using System.Globalization;

namespace Triangulate.Extraction.Quantities;

/// <summary>A number read from tokens [First, Last] (inclusive).</summary>
internal readonly record struct ParsedNumber(int First, int Last, double Value, bool FromDigits, bool HasMultiplier, bool IsInteger)
{
    public int Next => Last + 1;
}

/// <summary>
/// Reads one number at a token position: digits ("3,000", "1.2", "13000"), digits with a scale word
/// ("1.2 million", "1.5bn", "$5m"), number words ("ten thousand", "twenty-five", "a dozen", "three hundred
/// and fifty"), simple fractions ("1/2", "a third", "half").
/// </summary>
internal static class NumberParser
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Scale words, spelled out or abbreviated. Abbreviations ("m", "k", "bn") only count when attached
    /// to the digits or after a currency, decided by the caller through <c>allowShortScale</c>.</summary>
    internal static readonly Dictionary<string, double> Scales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["lakh"] = 1e5, ["crore"] = 1e7,
    };

    private static readonly Dictionary<string, double> ShortScales = new(StringComparer.Ordinal)
    {
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["bn"] = 1e9, ["b"] = 1e9, ["bln"] = 1e9,
        ["tn"] = 1e12, ["trn"] = 1e12,
    };

    private static readonly Dictionary<string, double> FractionWords = new(StringComparer.Ordinal)
    {
        ["half"] = 0.5, ["third"] = 1.0 / 3, ["quarter"] = 0.25, ["thirds"] = 1.0 / 3, ["quarters"] = 0.25,
    };

    public static bool IsNumberWord(string lower)
        => Units.ContainsKey(lower) || Tens.ContainsKey(lower) || lower == "dozen" || HyphenWord(lower, out _);

    /// <summary>True when a word token may begin a spelled-out number ("ten", "twenty-five", "a dozen", "a million").</summary>
    public static bool CouldStart(List<Lex> t, int i)
    {
        var w = t[i].Lower;
        if (Units.ContainsKey(w) || Tens.ContainsKey(w)) return true;
        if (w is "a" or "an") return i + 1 < t.Count && (t[i + 1].Lower == "dozen" || Scales.ContainsKey(t[i + 1].Lower));
        return w.IndexOf('-') > 0 && HyphenWord(w, out _);
    }

    /// <summary>Tries to read a number starting at token <paramref name="i"/>.</summary>
    public static bool TryParse(List<Lex> t, int i, bool allowShortScale, out ParsedNumber n)
    {
        n = default;
        if (i >= t.Count) return false;
        var tok = t[i];
        if (tok.IsNumber) return TryDigits(t, i, allowShortScale, out n);
        if (tok.IsWord) return TryWords(t, i, out n);
        return false;
    }

    public static bool TryParseDigits(string s, out double value)
        => double.TryParse(s.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static bool TryDigits(List<Lex> t, int i, bool allowShortScale, out ParsedNumber n)
    {
        n = default;
        if (!TryParseDigits(t[i].Text, out var v)) return false;
        var isInteger = t[i].Text.IndexOf('.') < 0;
        var last = i;
        // Fraction "1/2", "3/4" (but not dates "10/23/2024").
        if (i + 2 < t.Count && t[i + 1].Text is "/" or "\u2044" && !t[i + 1].SpaceBefore && t[i + 2].IsNumber && !t[i + 2].SpaceBefore
            && isInteger && v < 10 && TryParseDigits(t[i + 2].Text, out var den) && den is > 1 and < 100
            && !(i + 3 < t.Count && t[i + 3].Text == "/"))
        {
            n = new ParsedNumber(i, i + 2, v / den, true, false, false);
            return true;
        }
        var hasScale = false;
        if (i + 1 < t.Count && t[i + 1].IsWord)
        {
            var w = t[i + 1].Lower;
            if (Scales.TryGetValue(w, out var scale))
            {
                v *= scale; last = i + 1; hasScale = true;
                // "1.2 million" may continue "1 million 200 thousand" rarely; "hundred thousand" compounds do.
                if (scale == 1e2 && i + 2 < t.Count && Scales.TryGetValue(t[i + 2].Lower, out var s2) && s2 > 1e2)
                { v *= s2; last = i + 2; }
            }
            else if (ShortScales.TryGetValue(w, out var ss) && !t[i + 1].SpaceBefore
                     && (allowShortScale || w is "bn" or "mn" or "mln" or "tn" or "trn" or "bln" || t[i + 1].Text is "M" or "B" or "K"))
            {
                v *= ss; last = i + 1; hasScale = true;
            }
        }
        n = new ParsedNumber(i, last, v, true, hasScale, isInteger && !hasScale || hasScale && v == Math.Floor(v));
        return true;
    }

    private static bool HyphenWord(string lower, out int value)
    {
        value = 0;
        var dash = lower.IndexOf('-');
        if (dash <= 0) return false;
        var a = lower[..dash];
        var b = lower[(dash + 1)..];
        if (Tens.TryGetValue(a, out var tens) && Units.TryGetValue(b, out var u) && u is > 0 and < 10)
        {
            value = tens + u;
            return true;
        }
        return false;
    }

    private static bool TryWords(List<Lex> t, int i, out ParsedNumber n)
    {
        n = default;
        var w = t[i].Lower;
        // "a dozen", "a hundred", "a million", "a half" (only before "dozen"/scale words: "a" alone is no number).
        if (w is "a" or "an")
        {
            if (i + 1 >= t.Count) return false;
            var nx = t[i + 1].Lower;
            if (nx == "dozen") { n = new ParsedNumber(i, i + 1, 12, false, false, true); return true; }
            if (Scales.TryGetValue(nx, out var sc) && nx != "lakh" && nx != "crore")
            {
                var v0 = sc; var last0 = i + 1;
                if (i + 2 < t.Count && Scales.TryGetValue(t[i + 2].Lower, out var s2) && s2 > sc) { v0 *= s2; last0 = i + 2; }
                n = new ParsedNumber(i, last0, v0, false, true, true);
                return true;
            }
            return false;
        }
        double total = 0, current = 0;
        var any = false;
        var lastTok = i - 1;
        var k = i;
        var scaled = false;
        while (k < t.Count && t[k].IsWord)
        {
            var x = t[k].Lower;
            if (Units.TryGetValue(x, out var u)) { if (any && current % 10 != 0 && current < 100) break; current += u; }
            else if (Tens.TryGetValue(x, out var tv)) { if (any && current % 100 != 0) break; current += tv; }
            else if (HyphenWord(x, out var hv)) { if (any && current % 100 != 0) break; current += hv; }
            else if (x == "dozen" && any) { current *= 12; }
            else if (any && Scales.TryGetValue(x, out var sc))
            {
                if (sc == 1e2) current = (current == 0 ? 1 : current) * 100;
                else { total += (current == 0 ? 1 : current) * sc; current = 0; }
                scaled = true;
            }
            else if (any && x == "and" && k + 1 < t.Count && (Units.ContainsKey(t[k + 1].Lower) || Tens.ContainsKey(t[k + 1].Lower) || HyphenWord(t[k + 1].Lower, out _))
                     && scaled)
            {
                k++;
                continue;
            }
            else break;
            any = true;
            lastTok = k;
            k++;
        }
        if (!any) return false;
        n = new ParsedNumber(i, lastTok, total + current, false, scaled, true);
        return true;
    }

    public static bool IsFractionWord(string lower, out double value) => FractionWords.TryGetValue(lower, out value);
}
