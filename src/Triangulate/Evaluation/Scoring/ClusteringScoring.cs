namespace Triangulate.Evaluation.Scoring;

/// <summary>Scores of a flat clustering of items (e.g. articles into stories).</summary>
public sealed record ClusteringScores(Prf Pairwise, Prf BCubed, int Items, int GoldClusters, int PredictedClusters);

/// <summary>
/// Pairwise and B³ precision/recall of a predicted clustering against a gold clustering of the same items.
/// Pairwise: a pair of items is positive when both are in one cluster; P = correct positive pairs / predicted positive
/// pairs, R = correct positive pairs / gold positive pairs. B³ (Bagga &amp; Baldwin 1998; Amigó et al. 2009) averages, per
/// item, the share of its predicted cluster that is in its gold cluster (P) and vice versa (R).
/// Items present on only one side are treated as singletons on the other side, so forgetting an item costs recall
/// (B³) but never crashes the scorer.
/// </summary>
public static class ClusteringScoring
{
    public static ClusteringScores Score<TItem, TGold, TPred>(IReadOnlyDictionary<TItem, TGold> gold, IReadOnlyDictionary<TItem, TPred> predicted)
        where TItem : notnull where TGold : notnull where TPred : notnull
    {
        // Labels as strings, with a unique singleton label for items missing on one side.
        var items = gold.Keys.Union(predicted.Keys).ToList();
        var g = new Dictionary<TItem, (bool, object)>();
        var p = new Dictionary<TItem, (bool, object)>();
        foreach (var item in items)
        {
            g[item] = gold.TryGetValue(item, out var gl) ? (true, gl) : (false, item);
            p[item] = predicted.TryGetValue(item, out var pl) ? (true, pl) : (false, item);
        }

        var cells = new Dictionary<((bool, object), (bool, object)), long>();
        var goldSizes = new Dictionary<(bool, object), long>();
        var predSizes = new Dictionary<(bool, object), long>();
        foreach (var item in items)
        {
            cells[(g[item], p[item])] = cells.GetValueOrDefault((g[item], p[item])) + 1;
            goldSizes[g[item]] = goldSizes.GetValueOrDefault(g[item]) + 1;
            predSizes[p[item]] = predSizes.GetValueOrDefault(p[item]) + 1;
        }

        static double Pairs(long n) => n * (n - 1) / 2.0;
        var tp = cells.Values.Sum(Pairs);
        var pairwise = Prf.FromRatios(tp, predSizes.Values.Sum(Pairs), tp, goldSizes.Values.Sum(Pairs));

        double bp = 0, br = 0;
        foreach (var ((gl, pl), n) in cells)
        {
            // each of the n items in this cell: precision n/|pred cluster|, recall n/|gold cluster|
            bp += (double)n * n / predSizes[pl];
            br += (double)n * n / goldSizes[gl];
        }
        var bcubed = Prf.FromRatios(bp, items.Count, br, items.Count);
        return new ClusteringScores(pairwise, bcubed, items.Count,
            gold.Values.Distinct().Count(), predicted.Values.Distinct().Count());
    }
}
