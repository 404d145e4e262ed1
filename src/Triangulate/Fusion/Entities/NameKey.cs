using System.Text;

namespace Triangulate.Fusion.Entities;

/// <summary>Normal forms of a name for matching across articles and spellings. Folds case, accents, apostrophes and
/// hyphens ("Jong-un" = "Jong Un" = "Jongun"), strips honorifics and possessives, and reduces transliteration
/// variants to one skeleton (Zelensky / Zelenskyy / Zelenskiy → zelenski; Kweun / Gweon → kwun).</summary>
public static class NameKey
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev", "the",
        "president", "gen", "general", "col", "colonel", "lt", "capt", "captain", "sen", "senator", "rep",
        "gov", "governor", "minister", "secretary", "king", "queen", "prince", "princess", "pope", "judge", "mayor",
    };
    /// <summary>Legal-form words after a company's name ("Microsoft Corp.", "Interoute Plc"): the same company.</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "inc", "corp", "co", "ltd", "llc", "plc", "ag", "gmbh", "sa", "nv", "bv", "lp", "llp", "pty",
    };
    private static readonly HashSet<string> AcronymSkip = new(StringComparer.Ordinal) { "of", "the", "and", "for", "de", "du", "des", "la", "le", "&", "on", "in" };

    /// <summary>Words of a name: folded, possessive dropped, leading honorifics dropped; hyphen pieces joined.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var folded = FusionText.Fold(name);
        var words = new List<string>();
        foreach (var raw in folded.Split([' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim('.', '"', '\'', '`', '(', ')', '[', ']', ':', ';');
            if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
            else if (w.EndsWith('\'')) w = w[..^1];
            w = w.Replace("-", "").Replace("'", "").Replace(".", "");
            if (w.Length == 0) continue;
            // British -re spellings ("Centre", "Theatre") are the American -er ones
            if (w.Length >= 5 && w.EndsWith("tre", StringComparison.Ordinal)) w = w[..^3] + "ter";
            words.Add(w);
        }
        var start = 0;
        while (start < words.Count - 1 && Honorifics.Contains(words[start])) start++;
        var end = words.Count;
        while (end - start > 1 && LegalForms.Contains(words[end - 1])) end--;
        return words.Skip(start).Take(end - start).ToArray();
    }

    /// <summary>The whole name as one transliteration skeleton ("kimjongun").</summary>
    public static string Skeleton(string name) => string.Concat(Words(name).Select(WordSkeleton));

    /// <summary>One word's skeleton: voiced/unvoiced consonant pairs and vowel clusters merged, y/i endings unified,
    /// doubled letters collapsed — the differences romanisation systems make.</summary>
    public static string WordSkeleton(string w)
    {
        var sb = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            c = c switch { 'g' => 'k', 'b' => 'p', 'd' => 't', 'y' => 'i', 'w' => 'u', 'o' => 'u', 'e' => 'e', 'j' => 'i', 'z' => 's', 'c' => 'k', 'q' => 'k', 'v' => 'f', _ => c };
            if (c == 'h' && sb.Length > 0 && sb[^1] is 'k' or 't' or 's' or 'p' or 'f') continue; // kh, th, sh, ph
            if (sb.Length > 0 && sb[^1] == c) continue;
            if (sb.Length > 0 && IsVowel(c) && IsVowel(sb[^1]) && c != 'i' && sb[^1] != 'i') continue; // eo/eu/ou → first vowel
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>True when <paramref name="acronym"/> (all capitals, 2–6 letters, as written) spells the initials of
    /// <paramref name="name"/>'s words, function words skipped or kept: NIS = National Intelligence Service,
    /// DPRK = Democratic People's Republic of Korea.</summary>
    public static bool IsAcronymOf(string acronym, string name)
    {
        var a = acronym.Replace(".", "");
        if (a.Length is < 2 or > 7 || !a.All(char.IsUpper)) return false;
        var words = FusionText.Fold(name).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '(', ')')).Where(w => w.Length > 0).ToArray();
        if (words.Length < 2) return false;
        var content = string.Concat(words.Where(w => !AcronymSkip.Contains(w)).Select(w => w[0]));
        var all = string.Concat(words.Select(w => w[0]));
        var lower = a.ToLowerInvariant();
        return lower == content || lower == all;
    }

    /// <summary>Levenshtein distance, bounded: returns max+1 as soon as it must exceed <paramref name="max"/>.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var prev = new int[b.Length + 1]; var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i; var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > max) return max + 1;
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
