using System.Text;
using Triangulate.Documents;

namespace Triangulate.Fusion;

/// <summary>
/// Small, deterministic text normalisation shared by the story stages: word splitting that folds typographic
/// variants, contraction expansion (so "they're" and "they are" compare equal), a crude suffix stemmer, and a
/// handful of news-domain synonym classes. Cross-article comparison only needs "same words?" answers, so this is
/// deliberately simpler than the single-article extractors.
/// </summary>
public static partial class FusionText
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "as",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
        "that", "this", "these", "those", "it", "its", "their", "they", "them", "there", "here", "which", "who",
        "whom", "what", "will", "would", "could", "should", "can", "may", "might", "shall", "must", "not", "no",
        "if", "than", "then", "so", "such", "into", "onto", "about", "over", "under", "up", "down", "out", "some",
        "more", "most", "also", "now", "yet", "still", "just", "very", "all", "any", "each", "both", "said",
        "says", "say", "told", "tells", "he", "she", "his", "her", "we", "our", "us", "i", "me", "my", "you",
        "your", "after", "before", "while", "since", "until", "only", "other", "another", "around", "nearly",
        "least", "up", "per", "cent", "total",
    };

    // Words that name the same kind of thing in news copy. Keys fold onto the first member of each class.
    private static readonly Dictionary<string, string> Synonym = BuildSynonyms(
        ["troop", "soldier", "force", "personnel", "serviceman", "servicemen", "fighter", "forces", "troops", "soldiers"],
        ["people", "person", "individual", "persons"],
        ["dead", "death", "killed", "fatality", "fatalities", "deaths"],
        ["injured", "wounded", "injury", "injuries"],
        ["container", "containers"],
        ["intelligence", "spy"],
        ["agency", "service"],
        ["military", "army", "armed"],
        ["arrive", "arrived", "reach", "reached"],
        ["travel", "traveled", "travelled", "proceed", "proceeded", "went", "gone"],
        ["site", "sites", "ground", "grounds", "base", "bases", "facility", "facilities", "location", "locations", "venue", "venues"],
        ["pact", "treaty", "deal", "agreement"],
        ["weapon", "weapons", "arms"],
        ["dollar", "dollars", "usd", "$"]);

    private static Dictionary<string, string> BuildSynonyms(params string[][] classes)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in classes)
            foreach (var w in c) d[Stem(w)] = Stem(c[0]);
        return d;
    }

    private static readonly Dictionary<string, string[]> Contractions = new(StringComparer.Ordinal)
    {
        ["n't"] = ["not"], ["'re"] = ["are"], ["'ve"] = ["have"], ["'ll"] = ["will"], ["'m"] = ["am"], ["'d"] = ["would"],
    };

    /// <summary>Lower-case words of <paramref name="text"/>, quotes and dashes folded, contractions expanded
    /// ("they're" → "they", "are"; "don't" → "do", "not"; "won't" → "will", "not"). Digits stay words ("3,000" → "3000").</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        void Flush()
        {
            if (sb.Length == 0) return;
            AddWord(words, sb.ToString());
            sb.Clear();
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '’' or '‘' or 'ʼ') c = '\'';
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (c == '\'' && sb.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])) sb.Append(c);
            else if ((c == ',' || c == '.') && sb.Length > 0 && char.IsDigit(sb[^1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                if (c == '.') sb.Append('.'); // "1.2" keeps its point; "3,000" drops the comma
            }
            else if (c == '-' && sb.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])) sb.Append('-');
            else if (c == '$' || c == '%') { Flush(); words.Add(c.ToString()); }
            else Flush();
        }
        Flush();
        return words;
    }

    private static void AddWord(List<string> words, string w)
    {
        var apos = w.IndexOf('\'');
        if (apos < 0) { words.Add(w); return; }
        if (w == "won't") { words.Add("will"); words.Add("not"); return; }
        if (w == "can't") { words.Add("can"); words.Add("not"); return; }
        if (w.EndsWith("n't", StringComparison.Ordinal)) { words.Add(w[..^3]); words.Add("not"); return; }
        var tail = w[apos..];
        if (Contractions.TryGetValue(tail, out var exp)) { words.Add(w[..apos]); words.AddRange(exp); return; }
        if (tail == "'s") { words.Add(w[..apos]); return; } // possessive (or "is": harmless for comparison)
        words.Add(w.Replace("'", "", StringComparison.Ordinal));
    }

    /// <summary>Crude English stemmer for comparison keys: plural/verb suffixes off, then a 5-letter prefix so that
    /// "Korean"/"Korea", "Russian"/"Russia", "deployed"/"deployment" meet.</summary>
    public static string Stem(string w)
    {
        w = w.ToLowerInvariant();
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal)) w = w[..^3] + "y";
        else if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal) && (w.EndsWith("ses") || w.EndsWith("xes") || w.EndsWith("ches") || w.EndsWith("shes"))) w = w[..^2];
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)) w = w[..^1];
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal)) w = w[..^3];
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) w = w[..^2];
        return w.Length > 5 ? w[..5] : w;
    }

    /// <summary>Comparison key of a content word: stemmed, synonym class folded; null for stop words.</summary>
    public static string? Key(string word)
    {
        if (Stop.Contains(word)) return null;
        var s = Stem(word);
        return Synonym.TryGetValue(s, out var syn) ? syn : s;
    }

    /// <summary>The content-word keys of a text, in order (duplicates kept).</summary>
    public static List<string> Keys(string text)
    {
        var keys = new List<string>();
        foreach (var w in Words(text))
        {
            var k = Key(w);
            if (k is not null) keys.Add(k);
        }
        return keys;
    }

    public static double Jaccard(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        var sa = a as HashSet<string> ?? new HashSet<string>(a, StringComparer.Ordinal);
        var sb = b as HashSet<string> ?? new HashSet<string>(b, StringComparer.Ordinal);
        var inter = sa.Count(sb.Contains);
        return (double)inter / (sa.Count + sb.Count - inter);
    }

    /// <summary>Share of the smaller set found in the larger: 1 when one text's words are all in the other.</summary>
    public static double Containment(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        var sa = a as HashSet<string> ?? new HashSet<string>(a, StringComparer.Ordinal);
        var sb = b as HashSet<string> ?? new HashSet<string>(b, StringComparer.Ordinal);
        if (sa.Count == 0 || sb.Count == 0) return 0;
        var (small, large) = sa.Count <= sb.Count ? (sa, sb) : (sb, sa);
        return (double)small.Count(large.Contains) / small.Count;
    }

    /// <summary>A name folded for matching spelling variants: letters only, doubled letters collapsed, "iy"/"yy"
    /// endings as "y" ("Zelenskyy", "Zelenskiy", "Zelensky" meet).</summary>
    public static string NameKey(string name)
    {
        // Spaces and hyphens dropped too: "Kim Jong-un", "Kim Jong Un" and "Kim Jongun" meet.
        var folded = new StringBuilder();
        foreach (var w in Words(name))
            foreach (var c in w)
            {
                if (!char.IsLetterOrDigit(c)) continue;
                if (folded.Length > 0 && folded[^1] == c) continue;
                folded.Append(c);
            }
        var f = folded.ToString();
        return f.Replace("iy", "y", StringComparison.Ordinal);
    }

    /// <summary>The folded last word of a name ("Zelenskiy" → "zelensky"), for matching "Mr Kim" to "Kim Jong-un".</summary>
    public static string SurnameKey(string name)
    {
        var words = Words(name);
        return words.Count == 0 ? "" : NameKey(words[^1]);
    }

    /// <summary>The short label of an article in explanations: the part before the first '_' ("000" for
    /// "000_968b7a350e860486"), else the whole id.</summary>
    public static string ShortId(string articleId)
    {
        var u = articleId.IndexOf('_');
        return u > 0 ? articleId[..u] : articleId;
    }

    public static string Articles(IEnumerable<string> ids) => string.Join(", ", ids.Select(ShortId));

    /// <summary>The sentence of the article that contains <paramref name="offset"/>, or null.</summary>
    public static Sentence? SentenceAt(AnalyzedArticle doc, int offset)
    {
        var list = doc.Sentences;
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = list[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return s;
        }
        return null;
    }

    public static ArticleSpan SpanOf(AnalyzedArticle doc, int start, int end) =>
        new(doc.Article.Id, start, end, doc.Text.Substring(start, end - start));

    /// <summary>Follows <see cref="StoryContext.CopyOf"/> to the article that was copied (itself if original).</summary>
    public static string OriginalOf(StoryContext ctx, string articleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var id = articleId;
        while (ctx.CopyOf.TryGetValue(id, out var next) && seen.Add(id)) id = next;
        return id;
    }

    /// <summary>Ordinal string comparison of ISO-like dates that puts weeks ("2024-W42") at their Monday.</summary>
    public static string SortableDate(string value)
    {
        var w = value.IndexOf("-W", StringComparison.Ordinal);
        if (w == 4 && int.TryParse(value.AsSpan(0, 4), out var year) && value.Length >= 8 && int.TryParse(value.AsSpan(6, 2), out var week))
        {
            try
            {
                var monday = System.Globalization.ISOWeek.ToDateTime(year, week, DayOfWeek.Monday);
                return monday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (ArgumentOutOfRangeException) { }
        }
        return value;
    }

    /// <summary>Word tokens of text[start..end) with offsets, lower-cased, apostrophes folded but contractions kept
    /// as written ("they're" stays one token), so that differences can be shown in the reporters' own words.</summary>
    public static List<SurfaceWord> SurfaceWords(string text, int start, int end)
    {
        var list = new List<SurfaceWord>();
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var s = i;
            var sb = new StringBuilder();
            while (i < end)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
                else if ((c is '\'' or '’' or 'ʼ') && i + 1 < end && char.IsLetter(text[i + 1])) sb.Append('\'');
                else if ((c is ',' or '.' or '-') && sb.Length > 0 && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && (c == '-' || char.IsDigit(text[i + 1]))) sb.Append(c == ',' ? "" : c.ToString());
                else break;
                i++;
            }
            list.Add(new SurfaceWord(s, i, sb.ToString()));
        }
        return list;
    }
}

/// <summary>A word of the original text (offsets) with its folded form.</summary>
public readonly record struct SurfaceWord(int Start, int End, string Norm);
