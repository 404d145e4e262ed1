using Triangulate.Documents;

namespace Triangulate.Evaluation.Scoring;

/// <summary>What a predicted span's overlap with a gold span is measured against.</summary>
public enum OverlapBasis
{
    /// <summary>overlap / length of the longer of the two spans (symmetric; penalises both over- and under-reach).</summary>
    Longer,
    /// <summary>overlap / length of the gold span (recall-oriented: "how much of the gold did we cover").</summary>
    Gold,
    /// <summary>Any shared character counts as a match (TempEval-3 "relaxed").</summary>
    Any,
}

/// <summary>How spans are matched. <see cref="Exact"/> requires identical boundaries; <see cref="Overlap"/> accepts a pair
/// whose overlap ratio (see <see cref="OverlapBasis"/>) is at least <see cref="Threshold"/>.</summary>
public sealed record SpanMatching(bool ExactOnly, double Threshold, OverlapBasis Basis)
{
    public static SpanMatching Exact { get; } = new(true, 1, OverlapBasis.Longer);
    /// <summary>Default relaxed matching: at least half of the longer span is shared.</summary>
    public static SpanMatching HalfOfLonger { get; } = new(false, 0.5, OverlapBasis.Longer);
    public static SpanMatching AnyOverlap { get; } = new(false, 0, OverlapBasis.Any);
    public static SpanMatching Overlap(double threshold, OverlapBasis basis = OverlapBasis.Longer) => new(false, threshold, basis);

    /// <summary>The score of a pair (higher is better), or null when the pair does not match.</summary>
    public double? PairScore(Span gold, Span predicted)
    {
        if (ExactOnly) return gold == predicted ? 1.0 : null;
        var overlap = gold.OverlapLength(predicted);
        if (overlap <= 0) return null;
        var ratio = Basis switch
        {
            OverlapBasis.Gold => (double)overlap / Math.Max(1, gold.Length),
            _ => (double)overlap / Math.Max(1, Math.Max(gold.Length, predicted.Length)),
        };
        if (Basis != OverlapBasis.Any && ratio < Threshold) return null;
        return ratio;
    }
}

/// <summary>A one-to-one alignment between gold items and predicted items (indices into the two lists).</summary>
public sealed record SpanAlignment(IReadOnlyList<(int Gold, int Predicted)> Pairs, int GoldCount, int PredictedCount)
{
    public int Matched => Pairs.Count;
    public Prf Score => Prf.FromCounts(Matched, PredictedCount, GoldCount);
    public SpanCounts Counts => new(Matched, PredictedCount, GoldCount);
}

/// <summary>Additive counts so that scores over many documents are micro-averaged.</summary>
public readonly record struct SpanCounts(int Matched, int Predicted, int Gold)
{
    public static SpanCounts operator +(SpanCounts a, SpanCounts b) => new(a.Matched + b.Matched, a.Predicted + b.Predicted, a.Gold + b.Gold);
    public Prf Score => Prf.FromCounts(Matched, Predicted, Gold);
}

/// <summary>
/// Span precision/recall with one-to-one greedy matching: all matching (gold, predicted) pairs are ranked by their
/// overlap ratio (best first; ties by gold start, then predicted start), and a pair is taken when neither side is
/// already used. Greedy is what most span scorers do (e.g. the TempEval-3 toolkit pairs each gold timex with at most one
/// system timex); it can differ from an optimal assignment only on chains of partial overlaps.
/// </summary>
public static class SpanScoring
{
    public static SpanAlignment Align(IReadOnlyList<Span> gold, IReadOnlyList<Span> predicted, SpanMatching matching)
        => AlignBy(gold.Count, predicted.Count, (g, p) => matching.PairScore(gold[g], predicted[p]),
            (a, b) => gold[a].CompareTo(gold[b]), (a, b) => predicted[a].CompareTo(predicted[b]));

    /// <summary>The same greedy one-to-one matching for any items: <paramref name="pairScore"/> returns null for a
    /// non-matching pair; ties are broken by the given orders, then by index.</summary>
    public static SpanAlignment AlignBy(int goldCount, int predictedCount, Func<int, int, double?> pairScore,
        Comparison<int>? goldOrder = null, Comparison<int>? predictedOrder = null)
    {
        var candidates = new List<(double Score, int G, int P)>();
        for (var g = 0; g < goldCount; g++)
            for (var p = 0; p < predictedCount; p++)
                if (pairScore(g, p) is { } s) candidates.Add((s, g, p));
        candidates.Sort((a, b) =>
        {
            var c = b.Score.CompareTo(a.Score);
            if (c != 0) return c;
            c = goldOrder?.Invoke(a.G, b.G) ?? 0;
            if (c != 0) return c;
            c = predictedOrder?.Invoke(a.P, b.P) ?? 0;
            return c != 0 ? c : (a.G, a.P).CompareTo((b.G, b.P));
        });
        var usedG = new bool[goldCount];
        var usedP = new bool[predictedCount];
        var pairs = new List<(int, int)>();
        foreach (var (_, g, p) in candidates)
        {
            if (usedG[g] || usedP[p]) continue;
            usedG[g] = usedP[p] = true;
            pairs.Add((g, p));
        }
        pairs.Sort();
        return new SpanAlignment(pairs, goldCount, predictedCount);
    }

    public static Prf Score(IReadOnlyList<Span> gold, IReadOnlyList<Span> predicted, SpanMatching matching)
        => Align(gold, predicted, matching).Score;
}
