namespace Triangulate.Evaluation.Scoring;

/// <summary>The standard coreference metrics for one key/response pair. CoNLL F1 is the mean of the MUC, B³ and
/// CEAF-e F1 (Pradhan et al. 2011, 2014).</summary>
public sealed record CorefScores(Prf Muc, Prf BCubed, Prf CeafE, Prf CeafM)
{
    public double ConllF1 => (Muc.F1 + BCubed.F1 + CeafE.F1) / 3;
}

/// <summary>
/// MUC (Vilain et al. 1995), B³ (Bagga &amp; Baldwin 1998), CEAF-e / CEAF-m (Luo 2005), computed the way the CoNLL
/// reference scorer v8 (Pradhan et al. 2014, github.com/conll/reference-coreference-scorers) does for predicted mentions:
/// <list type="bullet">
/// <item>Mentions are compared by identity (exact boundaries; give each mention a key such as (doc, start, end)).</item>
/// <item>A mention listed twice in one partition is de-duplicated: its first occurrence is kept (test cases TC-A-7/8).</item>
/// <item>MUC: a key mention absent from the response is its own partition when the key entity is split by the response
/// (and symmetrically for precision), so missing mentions cost recall and extra mentions cost precision.</item>
/// <item>B³: per-mention recall/precision over all key (resp. response) mentions, so a response mention missing from the
/// key contributes 0 to precision and a missed key mention 0 to recall. Singletons count.</item>
/// <item>CEAF: optimal one-to-one entity alignment (Kuhn–Munkres) with φ4 = 2|K∩R|/(|K|+|R|) (entity-based) or
/// φ3 = |K∩R| (mention-based); unaligned entities score 0.</item>
/// </list>
/// </summary>
public static class CorefScoring
{
    public static CorefScores Score<T>(IEnumerable<IEnumerable<T>> key, IEnumerable<IEnumerable<T>> response) where T : notnull
    {
        var k = Normalize(key);
        var r = Normalize(response);
        return new CorefScores(Muc(k, r), BCubed(k, r), Ceaf(k, r, entityBased: true), Ceaf(k, r, entityBased: false));
    }

    /// <summary>Groups mentions by cluster label (e.g. gold chain ids) into the partition the metrics take.</summary>
    public static List<List<T>> ClustersFromLabels<T, TLabel>(IEnumerable<(T Mention, TLabel Label)> labelled)
        where T : notnull where TLabel : notnull
    {
        var order = new List<TLabel>();
        var groups = new Dictionary<TLabel, List<T>>();
        foreach (var (m, l) in labelled)
        {
            if (!groups.TryGetValue(l, out var list)) { groups[l] = list = []; order.Add(l); }
            list.Add(m);
        }
        return order.Select(l => groups[l]).ToList();
    }

    public static Prf Muc<T>(IEnumerable<IEnumerable<T>> key, IEnumerable<IEnumerable<T>> response) where T : notnull
        => Muc(Normalize(key), Normalize(response));

    public static Prf BCubed<T>(IEnumerable<IEnumerable<T>> key, IEnumerable<IEnumerable<T>> response) where T : notnull
        => BCubed(Normalize(key), Normalize(response));

    public static Prf CeafE<T>(IEnumerable<IEnumerable<T>> key, IEnumerable<IEnumerable<T>> response) where T : notnull
        => Ceaf(Normalize(key), Normalize(response), entityBased: true);

    public static Prf CeafM<T>(IEnumerable<IEnumerable<T>> key, IEnumerable<IEnumerable<T>> response) where T : notnull
        => Ceaf(Normalize(key), Normalize(response), entityBased: false);

    /// <summary>A partition: clusters as mention lists plus mention → cluster index.</summary>
    private sealed class Partition<T> where T : notnull
    {
        public readonly List<List<T>> Clusters = [];
        public readonly Dictionary<T, int> ClusterOf = new();
    }

    private static Partition<T> Normalize<T>(IEnumerable<IEnumerable<T>> clusters) where T : notnull
    {
        var p = new Partition<T>();
        foreach (var cluster in clusters)
        {
            var members = new List<T>();
            foreach (var m in cluster)
            {
                if (p.ClusterOf.ContainsKey(m)) continue; // de-duplication: first occurrence wins
                p.ClusterOf[m] = p.Clusters.Count;
                members.Add(m);
            }
            if (members.Count > 0) p.Clusters.Add(members);
        }
        return p;
    }

    private static Prf Muc<T>(Partition<T> key, Partition<T> response) where T : notnull
    {
        var (rn, rd) = MucSide(key, response);
        var (pn, pd) = MucSide(response, key);
        return Prf.FromRatios(pn, pd, rn, rd);
    }

    /// <summary>Σ(|S| − |p(S)|) and Σ(|S| − 1) over the entities S of <paramref name="side"/>, where p(S) is the
    /// partition of S by <paramref name="other"/> (mentions absent from other each form their own part).</summary>
    private static (double Numerator, double Denominator) MucSide<T>(Partition<T> side, Partition<T> other) where T : notnull
    {
        double num = 0, den = 0;
        var parts = new HashSet<int>();
        foreach (var s in side.Clusters)
        {
            parts.Clear();
            var missing = 0;
            foreach (var m in s)
                if (other.ClusterOf.TryGetValue(m, out var c)) parts.Add(c);
                else missing++;
            num += s.Count - (parts.Count + missing);
            den += s.Count - 1;
        }
        return (num, den);
    }

    private static Prf BCubed<T>(Partition<T> key, Partition<T> response) where T : notnull
    {
        var (rn, rd) = BCubedSide(key, response);
        var (pn, pd) = BCubedSide(response, key);
        return Prf.FromRatios(pn, pd, rn, rd);
    }

    private static (double Numerator, double Denominator) BCubedSide<T>(Partition<T> side, Partition<T> other) where T : notnull
    {
        double num = 0, den = 0;
        var overlap = new Dictionary<int, int>();
        foreach (var s in side.Clusters)
        {
            overlap.Clear();
            foreach (var m in s)
                if (other.ClusterOf.TryGetValue(m, out var c)) overlap[c] = overlap.GetValueOrDefault(c) + 1;
            foreach (var n in overlap.Values) num += (double)n * n / s.Count;
            den += s.Count;
        }
        return (num, den);
    }

    private static Prf Ceaf<T>(Partition<T> key, Partition<T> response, bool entityBased) where T : notnull
    {
        // Intersection sizes between key entity i and response entity j (sparse).
        var overlaps = new Dictionary<(int K, int R), int>();
        for (var i = 0; i < key.Clusters.Count; i++)
            foreach (var m in key.Clusters[i])
                if (response.ClusterOf.TryGetValue(m, out var j))
                    overlaps[(i, j)] = overlaps.GetValueOrDefault((i, j)) + 1;

        double Similarity(int i, int j)
        {
            var n = overlaps.GetValueOrDefault((i, j));
            if (n == 0) return 0;
            return entityBased ? 2.0 * n / (key.Clusters[i].Count + response.Clusters[j].Count) : n;
        }

        // The optimal alignment decomposes over connected components of the "shares a mention" graph, which keeps
        // Kuhn–Munkres small even on corpus-sized partitions.
        var total = 0.0;
        foreach (var (ks, rs) in Components(key.Clusters.Count, response.Clusters.Count, overlaps.Keys))
        {
            if (ks.Count == 1 || rs.Count == 1)
            {
                var best = 0.0;
                foreach (var i in ks) foreach (var j in rs) best = Math.Max(best, Similarity(i, j));
                total += best;
                continue;
            }
            var w = new double[ks.Count, rs.Count];
            for (var a = 0; a < ks.Count; a++)
                for (var b = 0; b < rs.Count; b++)
                    w[a, b] = Similarity(ks[a], rs[b]);
            var assignment = Hungarian.MaximumWeightAssignment(w);
            for (var a = 0; a < assignment.Length; a++)
                if (assignment[a] >= 0) total += w[a, assignment[a]];
        }

        double keyDen = entityBased ? key.Clusters.Count : key.Clusters.Sum(c => c.Count);
        double respDen = entityBased ? response.Clusters.Count : response.Clusters.Sum(c => c.Count);
        return Prf.FromRatios(total, respDen, total, keyDen);
    }

    private static IEnumerable<(List<int> Keys, List<int> Responses)> Components(int keyCount, int responseCount, IEnumerable<(int K, int R)> edges)
    {
        // Union-find over key nodes [0, keyCount) and response nodes [keyCount, keyCount + responseCount).
        var parent = Enumerable.Range(0, keyCount + responseCount).ToArray();
        int Find(int x) { while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
        var linked = new bool[keyCount + responseCount];
        foreach (var (k, r) in edges)
        {
            linked[k] = linked[keyCount + r] = true;
            var a = Find(k); var b = Find(keyCount + r);
            if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
        }
        var groups = new SortedDictionary<int, (List<int>, List<int>)>();
        for (var x = 0; x < keyCount + responseCount; x++)
        {
            if (!linked[x]) continue;
            var root = Find(x);
            if (!groups.TryGetValue(root, out var g)) groups[root] = g = ([], []);
            if (x < keyCount) g.Item1.Add(x); else g.Item2.Add(x - keyCount);
        }
        return groups.Values;
    }
}
