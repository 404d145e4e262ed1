namespace Triangulate.Fusion.Quotes;

/// <summary>A stretch where two versions of a quote differ, in word indexes of each version. An empty side means
/// the words are present in one version only. <see cref="Edge"/> is true when the stretch lies before the first or
/// after the last shared word: one outlet quoted more of the utterance, not different words.</summary>
public readonly record struct DiffHunk(int AStart, int AEnd, int BStart, int BEnd, bool Edge);

/// <summary>Word-level comparison of two quote versions (longest common subsequence of folded words).</summary>
public static class QuoteDiff
{
    private const int MaxWords = 600;

    public static List<DiffHunk> Compare(IReadOnlyList<SurfaceWord> a, IReadOnlyList<SurfaceWord> b)
    {
        var n = Math.Min(a.Count, MaxWords);
        var m = Math.Min(b.Count, MaxWords);
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                lcs[i, j] = a[i].Norm == b[j].Norm ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var hunks = new List<DiffHunk>();
        int x = 0, y = 0, hs = -1, ht = -1;
        var sawMatch = false;
        void Close(int xi, int yi, bool atEnd)
        {
            if (hs < 0) return;
            hunks.Add(new DiffHunk(hs, xi, ht, yi, !sawMatch || atEnd));
            hs = ht = -1;
        }
        while (x < n || y < m)
        {
            if (x < n && y < m && a[x].Norm == b[y].Norm)
            {
                Close(x, y, false);
                sawMatch = true;
                x++; y++;
            }
            else
            {
                if (hs < 0) { hs = x; ht = y; }
                if (y >= m || (x < n && lcs[x + 1, y] >= lcs[x, y + 1])) x++;
                else y++;
            }
        }
        Close(x, y, true);
        return hunks;
    }

    /// <summary>True when the versions differ in meaning-bearing words, not only in contractions, punctuation or in
    /// how much of the utterance each outlet quoted.</summary>
    public static bool IsMaterial(QuoteItem a, QuoteItem b)
    {
        var changed = 0;
        foreach (var h in Compare(a.Words, b.Words))
        {
            if (h.Edge) continue;
            var left = Keys(a.Words, h.AStart, h.AEnd);
            var right = Keys(b.Words, h.BStart, h.BEnd);
            if (left.Contains("not") != right.Contains("not")) return true;
            left.Remove("not"); right.Remove("not");
            changed += left.Count(k => !right.Contains(k)) + right.Count(k => !left.Contains(k));
        }
        return changed >= 2;
    }

    private static HashSet<string> Keys(IReadOnlyList<SurfaceWord> words, int from, int to)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = from; i < to; i++)
            foreach (var w in FusionText.Words(words[i].Norm))
            {
                if (w is "not" or "no" or "never") { set.Add("not"); continue; }
                if (FusionText.Key(w) is { } k) set.Add(k);
            }
        return set;
    }

    /// <summary>Human-readable differences among a group's versions: "'they are' (000, 003) vs 'they're' (001, 002)",
    /// "'These are things that we need to sort out.' only in 000, 003".</summary>
    public static List<string> Describe(IReadOnlyList<QuoteItem> versions)
    {
        var result = new List<string>();
        if (versions.Count < 2) return result;
        var distinct = versions.GroupBy(v => string.Join(' ', v.Words.Select(w => w.Norm))).ToList();
        if (distinct.Count < 2) return result;
        var reference = versions.OrderByDescending(v => v.Words.Count).First();

        foreach (var g in distinct)
        {
            var other = g.First();
            if (ReferenceEquals(other, reference) || g.Contains(reference)) continue;
            foreach (var h in Compare(reference.Words, other.Words))
            {
                var refText = Slice(reference, h.AStart, h.AEnd);
                var otherText = Slice(other, h.BStart, h.BEnd);
                string line;
                if (refText.Length > 0 && otherText.Length > 0)
                {
                    var refNorm = Norms(reference, h.AStart, h.AEnd);
                    var otherNorm = Norms(other, h.BStart, h.BEnd);
                    line = $"'{refText}' ({Holders(versions, refNorm)}) vs '{otherText}' ({Holders(versions, otherNorm)})";
                }
                else if (refText.Length > 0)
                    line = $"'{refText}' only in {Holders(versions, Norms(reference, h.AStart, h.AEnd))}";
                else
                    line = $"'{otherText}' only in {Holders(versions, Norms(other, h.BStart, h.BEnd))}";
                if (!result.Contains(line)) result.Add(line);
            }
        }
        return result;
    }

    private static string Slice(QuoteItem q, int from, int to)
    {
        if (to <= from) return "";
        var text = q.Doc.Text;
        var end = q.Words[to - 1].End;
        // Keep a closing sentence mark so a whole missing sentence reads as one.
        if (end < text.Length && text[end] is '.' or '?' or '!') end++;
        return text[q.Words[from].Start..end].Replace('\n', ' ');
    }

    private static string[] Norms(QuoteItem q, int from, int to) => q.Words.Skip(from).Take(to - from).Select(w => w.Norm).ToArray();

    private static string Holders(IReadOnlyList<QuoteItem> versions, string[] phrase)
    {
        var ids = versions.Where(v => ContainsRun(v.Words, phrase)).Select(v => v.ArticleId).Distinct().OrderBy(x => x, StringComparer.Ordinal);
        return FusionText.Articles(ids);
    }

    private static bool ContainsRun(IReadOnlyList<SurfaceWord> words, string[] phrase)
    {
        if (phrase.Length == 0) return false;
        for (var i = 0; i + phrase.Length <= words.Count; i++)
        {
            var ok = true;
            for (var k = 0; k < phrase.Length && ok; k++) ok = words[i + k].Norm == phrase[k];
            if (ok) return true;
        }
        return false;
    }
}
