using Triangulate.Documents;

namespace Triangulate.Fusion.Copies;

/// <summary>Settings of <see cref="CopyDetector"/>. Defaults: word 5-shingles; a shared passage is at least
/// 12 consecutive words (shorter runs are stock phrases, not a reused paragraph); an article whose body is
/// at least 80% covered by another's text is a copy of it.</summary>
public sealed record CopyOptions
{
    public int ShingleWords { get; init; } = 5;
    public int MinPassageWords { get; init; } = 12;
    public double CopyShare { get; init; } = 0.8;
    /// <summary>Shingles found in more articles than this are boilerplate (site furniture, legal lines): they
    /// are not used to find passages, which also keeps the cost per article bounded.</summary>
    public int MaxShingleArticles { get; init; } = 64;
}

/// <summary>What one article shares with another: the covered share of its body and the passages (its own spans).</summary>
public sealed record ArticleOverlap(string Article, string With, double Share, IReadOnlyList<Span> Passages, int SharedWords);

/// <summary>Finds syndicated / near-verbatim copies and shared passages (a wire paragraph reused word for word).
/// Incremental: <see cref="Add"/> indexes an article's word shingles (stable FNV-1a hashes) and compares it only
/// with the articles that share at least one shingle, found through the shingle postings — never all pairs.
/// Passages are maximal runs of words covered by shared shingles, so they are exact spans of the original text.</summary>
public sealed class CopyDetector
{
    private readonly CopyOptions _options;
    private readonly Dictionary<ulong, List<(int Doc, int Pos)>> _postings = new();
    private readonly List<Entry> _docs = [];
    private readonly List<ArticleOverlap> _overlaps = [];
    // What Report() has made of the overlaps so far: the first _reported overlaps paired with their partner ids, the
    // pairs that cover an article enough to make it a copy (by article), each copy's chosen original, the first
    // _indexed documents by id, and the last report (returned again while nothing was added).
    private readonly List<ArticleOverlap> _pairs = [];
    private readonly Dictionary<(string Article, string With), ArticleOverlap> _pairIndex = new();
    private readonly Dictionary<string, List<ArticleOverlap>> _covering = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _copyOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private int _reported, _indexed;
    private CopyReport? _last;

    private sealed record Entry(string Id, DateOnly? Published, IReadOnlyList<BodyWord> Words);

    public CopyDetector(CopyOptions? options = null) => _options = options ?? new CopyOptions();

    public IReadOnlyList<ArticleOverlap> Overlaps => _overlaps;

    public void Add(AnalyzedArticle doc)
    {
        var words = FusionText.BodyWords(doc);
        var id = _docs.Count;
        _docs.Add(new Entry(doc.Article.Id, doc.Article.Published, words));
        var k = _options.ShingleWords;
        var shingles = Shingles(words, k);

        // matches with every earlier article sharing a shingle: positions in the new article and in the other
        var hits = new Dictionary<int, (List<int> Mine, List<int> Theirs)>();
        var seen = new HashSet<ulong>();
        for (var i = 0; i < shingles.Length; i++)
        {
            if (!_postings.TryGetValue(shingles[i], out var list)) continue;
            if (list.Count > _options.MaxShingleArticles * 2) continue;
            foreach (var (other, pos) in list)
            {
                if (!hits.TryGetValue(other, out var h)) hits[other] = h = ([], []);
                h.Mine.Add(i);
                h.Theirs.Add(pos);
            }
        }
        foreach (var (other, (mine, theirs)) in hits.OrderBy(h => h.Key))
        {
            var a = Overlap(id, mine, k);
            var b = Overlap(other, theirs, k);
            if (a is not null && b is not null) { _overlaps.Add(a); _overlaps.Add(b); }
        }
        for (var i = 0; i < shingles.Length; i++)
        {
            if (!seen.Add(shingles[i])) continue; // one posting per article and shingle (its first position)
            if (!_postings.TryGetValue(shingles[i], out var list)) _postings[shingles[i]] = list = [];
            list.Add((id, i));
        }
        // an article compared with itself never matters; shingles repeated inside one article are indexed once
    }

    private ArticleOverlap? Overlap(int doc, List<int> shinglePositions, int k)
    {
        var e = _docs[doc];
        var covered = new bool[e.Words.Count];
        foreach (var p in shinglePositions)
            for (var j = p; j < p + k && j < covered.Length; j++) covered[j] = true;
        var passages = new List<Span>();
        var sharedWords = 0;
        for (var i = 0; i < covered.Length;)
        {
            if (!covered[i]) { i++; continue; }
            var j = i;
            while (j < covered.Length && covered[j]) j++;
            if (j - i >= _options.MinPassageWords)
            {
                passages.Add(new Span(e.Words[i].Start, e.Words[j - 1].End));
                sharedWords += j - i;
            }
            i = j;
        }
        if (passages.Count == 0) return null;
        var other = ""; // filled by caller pairing
        return new ArticleOverlap(e.Id, other, (double)sharedWords / Math.Max(1, e.Words.Count), passages, sharedWords);
    }

    private static ulong[] Shingles(IReadOnlyList<BodyWord> words, int k)
    {
        if (words.Count < k) return [];
        var result = new ulong[words.Count - k + 1];
        for (var i = 0; i < result.Length; i++)
        {
            var h = 14695981039346656037UL;
            for (var j = 0; j < k; j++) { h = StableHash.Add(h, words[i + j].Lower); h = StableHash.Combine(h, 0x1F); }
            result[i] = h;
        }
        return result;
    }

    /// <summary>Pairwise overlaps with partner ids, and for each copy the article it copies (followed to the original).
    /// Incremental: only the overlaps found since the last report are paired, and only the articles that gained a
    /// covering partner choose their original again; the result is the same as a first report over the same articles
    /// (each article's choice depends only on its own pairs, and the copy map is listed in article-id order).</summary>
    public CopyReport Report()
    {
        if (_last is not null && _reported == _overlaps.Count && _indexed == _docs.Count) return _last;
        for (; _indexed < _docs.Count; _indexed++) _byId.Add(_docs[_indexed].Id, _docs[_indexed]);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        for (; _reported + 1 < _overlaps.Count; _reported += 2)
        {
            var a = _overlaps[_reported]; var b = _overlaps[_reported + 1];
            Pair(a with { With = b.Article }, changed);
            Pair(b with { With = a.Article }, changed);
        }
        // each article copies the best-covering earlier original
        foreach (var article in changed)
        {
            ArticleOverlap? best = null;
            foreach (var p in _covering[article].OrderByDescending(p => p.Share).ThenBy(p => p.With, StringComparer.Ordinal))
            {
                var mutual = _pairIndex.TryGetValue((p.With, p.Article), out var reverse) && reverse.Share >= _options.CopyShare;
                // when both cover each other, the later (then the shorter, then the higher id) one is the copy
                if (mutual && !IsLater(_byId[p.Article], _byId[p.With])) continue;
                best = p; break;
            }
            if (best is not null) _copyOf[article] = best.With;
            else _copyOf.Remove(article);
        }
        // follow chains to the original (a copy of a copy is a copy of the original); guard cycles
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in _copyOf.Keys.Order(StringComparer.Ordinal))
        {
            var target = _copyOf[a]; var steps = 0;
            while (_copyOf.TryGetValue(target, out var next) && next != a && steps++ < 32) target = next;
            resolved[a] = target;
        }
        return _last = new CopyReport(_pairs.ToArray(), resolved);
    }

    private void Pair(ArticleOverlap p, HashSet<string> changed)
    {
        _pairs.Add(p);
        _pairIndex.Add((p.Article, p.With), p);
        if (p.Share < _options.CopyShare) return;
        if (!_covering.TryGetValue(p.Article, out var list)) _covering[p.Article] = list = [];
        list.Add(p);
        changed.Add(p.Article);
    }

    private static bool IsLater(Entry a, Entry b)
    {
        if (a.Published is { } pa && b.Published is { } pb && pa != pb) return pa > pb;
        if (a.Words.Count != b.Words.Count) return a.Words.Count < b.Words.Count;
        return string.CompareOrdinal(a.Id, b.Id) > 0;
    }
}

/// <summary>The result of copy detection: every shared-passage relation (one per direction) and the copy map.</summary>
public sealed record CopyReport(IReadOnlyList<ArticleOverlap> Overlaps, IReadOnlyDictionary<string, string> CopyOf)
{
    public IEnumerable<ArticleOverlap> For(string articleId) => Overlaps.Where(o => o.Article == articleId);
}
