using Triangulate.Documents;

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
    public static bool IsMaterial(QuoteItem a, QuoteItem b) => IsMaterial(a.Words, b.Words);

    /// <inheritdoc cref="IsMaterial(QuoteItem, QuoteItem)"/>
    public static bool IsMaterial(IReadOnlyList<SurfaceWord> a, IReadOnlyList<SurfaceWord> b)
    {
        var changed = 0;
        foreach (var h in Compare(a, b))
        {
            if (h.Edge) continue;
            var left = Keys(a, h.AStart, h.AEnd);
            var right = Keys(b, h.BStart, h.BEnd);
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

    /// <summary>A version sharing less than this share of its words with the reference is described as a rewording
    /// as a whole: listing a dozen word swaps of a translated paraphrase tells a reader less than one line does.</summary>
    private const double RewordingShare = 0.5;

    /// <summary>At most this many lines per quote; material changes (and whole missing sentences) come first.</summary>
    private const int MaxLines = 10;

    /// <summary>Human-readable differences among a group's versions: "'they are' (000, 003) vs 'they're' (001, 002)",
    /// "'These are things that we need to sort out.' only in 000, 003", "reworded in 004 (shares 40% of the words):
    /// 'These soldiers then proceeded ...'". Every version is aligned word by word against one reference (the version
    /// sharing most words with the others), so the articles named on each side are exactly those whose words at that
    /// point of the utterance read so; a version that did not quote that stretch is named on neither side.</summary>
    public static List<string> Describe(IReadOnlyList<QuoteItem> versions)
    {
        var result = new List<string>();
        if (versions.Count < 2) return result;
        var distinct = versions.GroupBy(v => string.Join(' ', v.Words.Select(w => w.Norm))).Select(g => g.ToList()).ToList();
        if (distinct.Count < 2) return result;

        // Versions in quotation marks are compared among themselves when there are two or more; a report without
        // marks beside them is a paraphrase, named once rather than diffed word by word.
        var quoted = distinct.Where(g => g[0].Quote.Kind != QuoteKind.Indirect).ToList();
        var compared = quoted.Count >= 2 ? quoted : distinct;
        var reference = Central(compared);
        var alignments = compared.Select(g => (Group: g, Align: Align(reference[0].Words, g[0].Words))).ToList();

        var lines = new List<(int Order, bool Material, string Text)>();
        var changes = new Dictionary<(int, int, string), (List<QuoteItem> Holders, DiffHunk Hunk, QuoteItem Sample)>();
        foreach (var (group, align) in alignments)
        {
            if (ReferenceEquals(group, reference)) continue;
            var version = group[0];
            var share = (double)align.Matched / Math.Max(1, Math.Min(version.Words.Count, reference[0].Words.Count));
            if (share < RewordingShare)
            {
                lines.Add((int.MaxValue, true, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"reworded in {Ids(group)} (shares {share * 100:0}% of the words): '{Preview(version)}'")));
                continue;
            }
            foreach (var h in align.Hunks)
            {
                var key = (h.AStart, h.AEnd, string.Join(' ', Norms(version, h.BStart, h.BEnd)));
                if (!changes.TryGetValue(key, out var entry)) changes[key] = entry = ([], h, version);
                entry.Holders.AddRange(group);
            }
        }

        foreach (var ((aStart, aEnd, _), (holders, h, sample)) in changes)
        {
            var refText = Slice(reference[0], aStart, aEnd);
            var otherText = Slice(sample, h.BStart, h.BEnd);
            // The articles that read the reference's words here: every compared version whose alignment keeps them.
            // Where a version merely quoted less (an edge), the stretch is "only in" every version that quoted it,
            // whatever small changes those made inside it.
            var refHolders = alignments.Where(x => aEnd <= aStart ? x.Align.KeepsGap(aStart)
                    : h.Edge && otherText.Length == 0 ? x.Align.KeptShare(aStart, aEnd) >= 0.5 : x.Align.Keeps(aStart, aEnd))
                .SelectMany(x => x.Group).Where(v => !holders.Contains(v)).ToList();
            string text;
            if (refText.Length > 0 && otherText.Length > 0) text = $"'{refText}' ({Ids(refHolders)}) vs '{otherText}' ({Ids(holders)})";
            else if (refText.Length > 0) text = $"'{refText}' only in {Ids(refHolders)}";
            else text = $"'{otherText}' only in {Ids(holders)}";
            var material = IsMaterialChange(reference[0].Words, aStart, aEnd, sample.Words, h.BStart, h.BEnd);
            lines.Add((aStart, material || h.Edge, text));
        }

        var paraphrases = distinct.Where(g => !compared.Contains(g)).SelectMany(g => g).ToList();
        // Reports without quotation marks are the outlets' own words: a few of their differences say enough.
        var max = quoted.Count >= 2 ? MaxLines : MaxLines / 2;
        foreach (var line in lines.OrderByDescending(l => l.Material).ThenBy(l => l.Order).Take(max).OrderBy(l => l.Order))
            if (!result.Contains(line.Text)) result.Add(line.Text);
        if (paraphrases.Count > 0) result.Add($"reported without quotation marks in {Ids(paraphrases)}");
        return result;
    }

    /// <summary>The wording most versions share: the largest group of identical versions (ties: the one sharing most
    /// words with the other versions, then the longer, then the first).</summary>
    private static List<QuoteItem> Central(List<List<QuoteItem>> groups)
    {
        var best = groups[0];
        (int Count, long Shared, int Length) bestScore = (-1, -1, -1);
        foreach (var g in groups)
        {
            long shared = 0;
            foreach (var o in groups)
                if (!ReferenceEquals(o, g)) shared += (long)Align(g[0].Words, o[0].Words).Matched * o.Count;
            var score = (g.Count, shared, g[0].Words.Count);
            if (score.CompareTo(bestScore) > 0) { best = g; bestScore = score; }
        }
        return best;
    }

    /// <summary>The word alignment of a version against the reference: which reference words it keeps, and the
    /// stretches where it differs.</summary>
    private sealed class Alignment(bool[] kept, int matched, List<DiffHunk> hunks, int firstKept, int lastKept)
    {
        public int Matched => matched;
        public List<DiffHunk> Hunks => hunks;
        /// <summary>True when every reference word of [from, to) is matched by this version.</summary>
        public bool Keeps(int from, int to)
        {
            for (var i = from; i < to; i++) if (i >= kept.Length || !kept[i]) return false;
            return true;
        }
        public double KeptShare(int from, int to)
        {
            var n = 0;
            for (var i = from; i < to && i < kept.Length; i++) if (kept[i]) n++;
            return to > from ? (double)n / (to - from) : 0;
        }
        /// <summary>True when the version keeps the words on both sides of a point (nothing inserted there).</summary>
        public bool KeepsGap(int at) => at > firstKept && at <= lastKept && kept[at - 1] && at < kept.Length && kept[at];
    }

    private static Alignment Align(IReadOnlyList<SurfaceWord> reference, IReadOnlyList<SurfaceWord> other)
    {
        var hunks = Compare(reference, other);
        var kept = new bool[reference.Count];
        for (var i = 0; i < kept.Length; i++) kept[i] = true;
        foreach (var h in hunks)
            for (var i = h.AStart; i < h.AEnd && i < kept.Length; i++) kept[i] = false;
        var first = Array.IndexOf(kept, true);
        var last = Array.LastIndexOf(kept, true);
        return new Alignment(kept, kept.Count(k => k), hunks, first < 0 ? int.MaxValue : first, last);
    }

    private static bool IsMaterialChange(IReadOnlyList<SurfaceWord> a, int aStart, int aEnd, IReadOnlyList<SurfaceWord> b, int bStart, int bEnd)
    {
        var left = Keys(a, aStart, aEnd);
        var right = Keys(b, bStart, bEnd);
        return left.Contains("not") != right.Contains("not") || left.Any(k => !right.Contains(k)) || right.Any(k => !left.Contains(k));
    }

    private static string Ids(IEnumerable<QuoteItem> items)
        => FusionText.Articles(items.Select(v => v.ArticleId).Distinct().Order(StringComparer.Ordinal));

    private static string Preview(QuoteItem q)
        => Text(q, 0, Math.Min(q.Words.Count, 12), keepMark: false) + (q.Words.Count > 12 ? " ..." : "");

    // Keep a closing sentence mark so a whole missing sentence reads as one.
    private static string Slice(QuoteItem q, int from, int to) => to <= from ? "" : Text(q, from, to, keepMark: true);

    /// <summary>The article's text of words [from, to). Words of different parts of a quote ("A, the mayor said, B")
    /// are joined by an ellipsis: the words between the parts are the writer's, not the speaker's.</summary>
    private static string Text(QuoteItem q, int from, int to, bool keepMark)
    {
        var text = q.Doc.Text;
        var parts = q.Quote.Parts;
        var pieces = new List<string>();
        for (var (k, runStart) = (from, from); k < to; k++)
        {
            if (k + 1 < to && PartOf(parts, q.Words[k + 1].Start) == PartOf(parts, q.Words[k].Start)) continue;
            var end = q.Words[k].End;
            if (keepMark && k == to - 1 && end < text.Length && text[end] is '.' or '?' or '!') end++;
            pieces.Add(text[q.Words[runStart].Start..end].Replace('\n', ' '));
            runStart = k + 1;
        }
        return string.Join(" … ", pieces);
    }

    private static int PartOf(IReadOnlyList<Span> parts, int offset)
    {
        for (var i = 0; i < parts.Count; i++)
            if (offset >= parts[i].Start && offset < parts[i].End) return i;
        return -1;
    }

    private static string[] Norms(QuoteItem q, int from, int to) => q.Words.Skip(from).Take(to - from).Select(w => w.Norm).ToArray();
}
