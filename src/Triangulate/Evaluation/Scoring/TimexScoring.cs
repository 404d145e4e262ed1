using Triangulate.Documents;

namespace Triangulate.Evaluation.Scoring;

/// <summary>A time expression as TempEval-3 compares it.</summary>
public sealed record TimexItem(Span Span, string Type, string Value);

/// <summary>Counts for TempEval-3 timex scoring, additive over documents.</summary>
public readonly record struct TimexCounts(int Gold, int Predicted, int StrictMatches, int RelaxedMatches, int ValueMatches, int TypeMatches)
{
    public static TimexCounts operator +(TimexCounts a, TimexCounts b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted,
        a.StrictMatches + b.StrictMatches, a.RelaxedMatches + b.RelaxedMatches, a.ValueMatches + b.ValueMatches, a.TypeMatches + b.TypeMatches);

    public Prf Strict => Prf.FromCounts(StrictMatches, Predicted, Gold);
    public Prf Relaxed => Prf.FromCounts(RelaxedMatches, Predicted, Gold);
    /// <summary>Share of relaxed-matched timexes whose value is right (TE3 "value accuracy").</summary>
    public double ValueAccuracy => Prf.Ratio(ValueMatches, RelaxedMatches);
    public double TypeAccuracy => Prf.Ratio(TypeMatches, RelaxedMatches);
    /// <summary>TE3 attribute F1 for value: P = correct values / system timexes, R = correct values / gold timexes
    /// (= relaxed F1 × value accuracy).</summary>
    public Prf Value => Prf.FromCounts(ValueMatches, Predicted, Gold);
    public Prf Type => Prf.FromCounts(TypeMatches, Predicted, Gold);
}

/// <summary>
/// TempEval-3 timex scoring (UzZaman et al. 2013; TE3 toolkit evaluate_entities.py): strict = identical extent,
/// relaxed = extents share at least one character; attributes (type, value) are judged on relaxed matches, and the
/// attribute F1 uses system and gold totals as denominators. Matching is one-to-one (greedy, best overlap first).
/// The toolkit matches on tokens; we match on characters, which agrees whenever extents are token-aligned.
/// </summary>
public static class TimexScoring
{
    public static TimexCounts Score(IReadOnlyList<TimexItem> gold, IReadOnlyList<TimexItem> predicted)
    {
        var goldSpans = gold.Select(t => t.Span).ToList();
        var predSpans = predicted.Select(t => t.Span).ToList();
        var strict = SpanScoring.Align(goldSpans, predSpans, SpanMatching.Exact).Matched;
        var relaxed = SpanScoring.Align(goldSpans, predSpans, SpanMatching.AnyOverlap);
        int value = 0, type = 0;
        foreach (var (g, p) in relaxed.Pairs)
        {
            if (string.Equals(gold[g].Value, predicted[p].Value, StringComparison.Ordinal)) value++;
            if (string.Equals(gold[g].Type, predicted[p].Type, StringComparison.OrdinalIgnoreCase)) type++;
        }
        return new TimexCounts(gold.Count, predicted.Count, strict, relaxed.Matched, value, type);
    }
}
