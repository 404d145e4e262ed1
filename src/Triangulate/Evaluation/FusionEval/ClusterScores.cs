namespace Triangulate.Evaluation.FusionEval;

/// <summary>Precision, recall, F1 of one metric.</summary>
public readonly record struct Prf1(double P, double R)
{
    public double F1 => P + R == 0 ? 0 : 2 * P * R / (P + R);
    public override string ToString() => $"P {P:F3} R {R:F3} F1 {F1:F3}";
}

/// <summary>Coreference / clustering scorers over item → cluster maps (same items in key and response; items missing
/// from the response count as singletons). MUC (Vilain et al. 1995), B³ (Bagga &amp; Baldwin 1998), CEAF-e (Luo 2005),
/// CoNLL = mean F1 of the three, and pairwise (links between items in the same cluster).</summary>
public static class ClusterScores
{
    public sealed record Scores(Prf1 Muc, Prf1 B3, Prf1 CeafE, Prf1 Pairwise)
    {
        public double Conll => (Muc.F1 + B3.F1 + CeafE.F1) / 3;
    }

    public static Scores All<T>(IReadOnlyDictionary<T, string> key, IReadOnlyDictionary<T, string> response) where T : notnull
    {
        var resp = key.Keys.ToDictionary(k => k, k => response.TryGetValue(k, out var r) ? "r:" + r : "singleton:" + k);
        var keyC = Clusters(key);
        var respC = Clusters(resp);
        return new Scores(Muc(keyC, key, respC, resp), B3(keyC, key, respC, resp), CeafE(keyC, respC), Pairwise(keyC, key, respC, resp));
    }

    private static List<HashSet<T>> Clusters<T>(IReadOnlyDictionary<T, string> map) where T : notnull
        => map.GroupBy(kv => kv.Value, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Select(kv => kv.Key).ToHashSet()).ToList();

    private static Prf1 Muc<T>(List<HashSet<T>> k, IReadOnlyDictionary<T, string> km, List<HashSet<T>> r, IReadOnlyDictionary<T, string> rm) where T : notnull
    {
        static (double num, double den) Part(List<HashSet<T>> a, IReadOnlyDictionary<T, string> bm)
        {
            double num = 0, den = 0;
            foreach (var c in a)
            {
                var parts = c.Select(x => bm[x]).Distinct().Count();
                num += c.Count - parts; den += c.Count - 1;
            }
            return (num, den);
        }
        var (rn, rd) = Part(k, rm); var (pn, pd) = Part(r, km);
        return new Prf1(pd == 0 ? 0 : pn / pd, rd == 0 ? 0 : rn / rd);
    }

    private static Prf1 B3<T>(List<HashSet<T>> k, IReadOnlyDictionary<T, string> km, List<HashSet<T>> r, IReadOnlyDictionary<T, string> rm) where T : notnull
    {
        var kOf = k.SelectMany(c => c.Select(x => (x, c))).ToDictionary(p => p.x, p => p.c);
        var rOf = r.SelectMany(c => c.Select(x => (x, c))).ToDictionary(p => p.x, p => p.c);
        double p = 0, rec = 0;
        foreach (var x in kOf.Keys)
        {
            var inter = kOf[x].Count(y => rOf[x].Contains(y));
            p += (double)inter / rOf[x].Count; rec += (double)inter / kOf[x].Count;
        }
        return new Prf1(p / kOf.Count, rec / kOf.Count);
    }

    private static Prf1 Pairwise<T>(List<HashSet<T>> k, IReadOnlyDictionary<T, string> km, List<HashSet<T>> r, IReadOnlyDictionary<T, string> rm) where T : notnull
    {
        double kp = k.Sum(c => c.Count * (c.Count - 1.0) / 2), rp = r.Sum(c => c.Count * (c.Count - 1.0) / 2), both = 0;
        foreach (var c in r)
            foreach (var g in c.GroupBy(x => km[x])) both += g.Count() * (g.Count() - 1.0) / 2;
        return new Prf1(rp == 0 ? 1 : both / rp, kp == 0 ? 1 : both / kp);
    }

    /// <summary>CEAF-e with φ4 similarity; the optimal alignment is found per connected component of the
    /// key/response overlap graph (clusters sharing no item never align), each solved by the Hungarian method.</summary>
    private static Prf1 CeafE<T>(List<HashSet<T>> k, List<HashSet<T>> r) where T : notnull
    {
        var rOf = new Dictionary<T, int>();
        for (var j = 0; j < r.Count; j++) foreach (var x in r[j]) rOf[x] = j;
        // union-find over key (0..k-1) and response (k..k+r-1) clusters
        var parent = Enumerable.Range(0, k.Count + r.Count).ToArray();
        int Find(int a) { while (parent[a] != a) a = parent[a] = parent[parent[a]]; return a; }
        for (var i = 0; i < k.Count; i++) foreach (var x in k[i]) if (rOf.TryGetValue(x, out var j)) parent[Find(i)] = Find(k.Count + j);
        double total = 0;
        foreach (var comp in Enumerable.Range(0, k.Count + r.Count).GroupBy(Find))
        {
            var ks = comp.Where(i => i < k.Count).ToArray();
            var rs = comp.Where(i => i >= k.Count).Select(i => i - k.Count).ToArray();
            if (ks.Length == 0 || rs.Length == 0) continue;
            var sim = new double[ks.Length, rs.Length];
            for (var a = 0; a < ks.Length; a++)
                for (var b = 0; b < rs.Length; b++)
                {
                    var inter = k[ks[a]].Count(x => r[rs[b]].Contains(x));
                    sim[a, b] = 2.0 * inter / (k[ks[a]].Count + r[rs[b]].Count);
                }
            total += Hungarian.MaxWeight(sim);
        }
        return new Prf1(r.Count == 0 ? 0 : total / r.Count, k.Count == 0 ? 0 : total / k.Count);
    }
}

/// <summary>Maximum-weight assignment on a rectangular matrix (Kuhn–Munkres, O(n³)).</summary>
internal static class Hungarian
{
    public static double MaxWeight(double[,] w)
    {
        int n = w.GetLength(0), m = w.GetLength(1), size = Math.Max(n, m);
        var cost = new double[size + 1, size + 1];
        for (var i = 0; i < n; i++) for (var j = 0; j < m; j++) cost[i + 1, j + 1] = -w[i, j];
        var u = new double[size + 1]; var v = new double[size + 1];
        var p = new int[size + 1]; var way = new int[size + 1];
        for (var i = 1; i <= size; i++)
        {
            p[0] = i; var j0 = 0;
            var minv = Enumerable.Repeat(double.PositiveInfinity, size + 1).ToArray();
            var used = new bool[size + 1];
            do
            {
                used[j0] = true; int i0 = p[j0], j1 = 0; var delta = double.PositiveInfinity;
                for (var j = 1; j <= size; j++)
                {
                    if (used[j]) continue;
                    var cur = cost[i0, j] - u[i0] - v[j];
                    if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                for (var j = 0; j <= size; j++)
                    if (used[j]) { u[p[j]] += delta; v[j] -= delta; } else minv[j] -= delta;
                j0 = j1;
            } while (p[j0] != 0);
            do { var j1 = way[j0]; p[j0] = p[j1]; j0 = j1; } while (j0 != 0);
        }
        double total = 0;
        for (var j = 1; j <= size; j++) if (p[j] > 0 && p[j] <= n && j <= m) total += w[p[j] - 1, j - 1];
        return total;
    }
}
