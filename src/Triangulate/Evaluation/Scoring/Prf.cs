using System.Globalization;

namespace Triangulate.Evaluation.Scoring;

/// <summary>Precision, recall and their harmonic mean, each in [0, 1]. A ratio with an empty denominator is 0,
/// as in the CoNLL reference scorer (a system that predicts nothing has precision 0, not undefined).</summary>
public sealed record Prf(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf Zero { get; } = new(0, 0);

    public static Prf FromRatios(double precisionNumerator, double precisionDenominator,
                                 double recallNumerator, double recallDenominator)
        => new(Ratio(precisionNumerator, precisionDenominator), Ratio(recallNumerator, recallDenominator));

    /// <summary>Counts of a one-to-one matching: <paramref name="matched"/> true positives out of
    /// <paramref name="predicted"/> system items and <paramref name="gold"/> gold items.</summary>
    public static Prf FromCounts(double matched, double predicted, double gold)
        => FromRatios(matched, predicted, matched, gold);

    public static double Ratio(double numerator, double denominator) => denominator == 0 ? 0 : numerator / denominator;

    /// <summary>"P 80.0  R 66.7  F1 72.7", percentages with one decimal, invariant culture.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"P {Precision * 100:0.0}  R {Recall * 100:0.0}  F1 {F1 * 100:0.0}");
}
