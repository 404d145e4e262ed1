using Triangulate.Documents;
using Triangulate.Text;

namespace Triangulate.Fusion;

/// <summary>A body word of an article: its token and a lower-cased, accent-free form for matching.</summary>
public readonly record struct BodyWord(int Start, int End, string Lower, bool Capitalized, TokenKind Kind);

/// <summary>Text helpers shared by the cross-article steps (copies, stories, entities).</summary>
public static partial class FusionText
{
    /// <summary>The article's body words (no punctuation, nothing inside removed spans). Uses the segmentation
    /// stage's tokens when present, otherwise tokenizes the text itself so fusion also works on raw articles.</summary>
    public static IReadOnlyList<BodyWord> BodyWords(AnalyzedArticle doc)
    {
        var tokens = doc.Tokens.Count > 0 ? doc.Tokens : Tokenizer.Tokenize(doc.Text);
        var removed = doc.Removed.Count > 0 ? doc.Removed : doc.Article.KnownNoise;
        var words = new List<BodyWord>(tokens.Count);
        var r = removed.OrderBy(x => x.Start).ToArray();
        var ri = 0;
        foreach (var t in tokens)
        {
            if (t.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            while (ri < r.Length && r[ri].End <= t.Start) ri++;
            if (ri < r.Length && r[ri].Start <= t.Start && t.Start < r[ri].End) continue;
            var norm = t.Norm;
            words.Add(new BodyWord(t.Start, t.End, Fold(norm), norm.Length > 0 && char.IsUpper(norm[0]), t.Kind));
        }
        return words;
    }

    /// <summary>Lower case without diacritics (Zelenskyy, Zelenskyý → zelenskyy) and with typographic apostrophes
    /// and dashes unified, so that spelling variants of one word compare equal.</summary>
    public static string Fold(string s)
    {
        var plain = true;
        foreach (var c in s) if (c > 0x7E || c == '\'') { plain = false; break; }
        if (plain) return s.ToLowerInvariant(); // fast path: ASCII without apostrophes (most words)
        var d = s.Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder(d.Length);
        foreach (var c in d)
        {
            var cat = char.GetUnicodeCategory(c);
            if (cat == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            if (CharClass.IsApostrophe(c)) { sb.Append('\''); continue; }
            if (CharClass.IsDash(c)) { sb.Append('-'); continue; }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}

/// <summary>FNV-1a 64-bit: a stable hash (string.GetHashCode is randomised per process) for shingles and keys.</summary>
public static class StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(string s) => Add(Offset, s);

    public static ulong Add(ulong h, string s)
    {
        foreach (var c in s)
        {
            h ^= (byte)c; h *= Prime;
            h ^= (byte)(c >> 8); h *= Prime;
        }
        return h;
    }

    public static ulong Combine(ulong h, ulong v)
    {
        for (var i = 0; i < 8; i++) { h ^= (byte)(v >> (8 * i)); h *= Prime; }
        return h;
    }

    /// <summary>A well-mixed 64-bit permutation (splitmix64 finaliser), used to derive MinHash functions.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30; x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27; x *= 0x94d049bb133111ebUL;
        x ^= x >> 31;
        return x;
    }
}
