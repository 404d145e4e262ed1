using System.Globalization;

namespace Triangulate.Evaluation.Scoring;

/// <summary>A quantity as the CQE evaluation compares it: a value (or a range lo–hi), the normalised unit
/// (lower case, "-" for none) and the change word ("=", "~", "up", "down", "&gt;", "&lt;").</summary>
public sealed record CqeQuantity(double Value, double? RangeEnd, string NormalizedUnit, string Change)
{
    /// <summary>Parses a NewsQuant value string: "19.0", "-5.0", or a range "252.0-287.0" / "3.0 - 4.0".
    /// A leading '-' is a sign, as in CQE's decode_dictionary; so is a '-' after an exponent mark ("1.99E-29").</summary>
    public static (double Value, double? RangeEnd) ParseValue(string value)
    {
        var v = value.Trim();
        if (!v.StartsWith('-'))
        {
            // the range separator is a '-' that is not an exponent sign ("1.99E-29" is one value)
            var dash = -1;
            for (var i = 1; i < v.Length && dash < 0; i++)
                if (v[i] == '-' && v[i - 1] is not ('e' or 'E')) dash = i;
            if (dash > 0)
                return (double.Parse(v[..dash].Trim(), CultureInfo.InvariantCulture),
                        double.Parse(v[(dash + 1)..].Trim(), CultureInfo.InvariantCulture));
        }
        return (double.Parse(v, CultureInfo.InvariantCulture), null);
    }
}

/// <summary>The CQE paper's counts (Almasian et al. 2023, evaluation/evaluate_models.py).</summary>
public sealed record QuantityScores(Prf Value, Prf ValueUnit, Prf ValueChange, int Gold, int Predicted);

/// <summary>
/// NewsQuant scoring exactly as CQE's <c>calculate_metrics</c> defines it, per sentence:
/// for every gold quantity, every predicted quantity whose value matches (numpy.isclose, rtol 1e-5, atol 1e-8; a range
/// matches only a range with both ends close) counts towards "value" — at most once per gold quantity in the sentence —
/// and, when additionally the normalised unit (lower-cased) is equal, towards "value+unit"; when the change is equal,
/// towards "value+change". P = count / predicted quantities, R = count / gold quantities.
/// Faithful quirk: the unit and change counts are not capped per gold quantity (a gold quantity matched by two
/// predictions with the same value counts twice), so they are comparable with the published figures.
/// </summary>
public static class QuantityScoring
{
    public static QuantityScores Score(IEnumerable<(IReadOnlyList<CqeQuantity> Gold, IReadOnlyList<CqeQuantity> Predicted)> sentences)
    {
        int totalGold = 0, totalPred = 0, value = 0, unit = 0, change = 0;
        foreach (var (gold, predicted) in sentences)
        {
            totalGold += gold.Count;
            totalPred += predicted.Count;
            var remaining = gold.Count;
            foreach (var g in gold)
                foreach (var p in predicted)
                {
                    if (!ValuesMatch(g, p)) continue;
                    if (remaining > 0) { value++; remaining--; }
                    if (p.Change == g.Change) change++;
                    if (string.Equals(p.NormalizedUnit.ToLowerInvariant(), g.NormalizedUnit.ToLowerInvariant(), StringComparison.Ordinal)) unit++;
                }
        }
        return new QuantityScores(Prf.FromCounts(value, totalPred, totalGold), Prf.FromCounts(unit, totalPred, totalGold),
            Prf.FromCounts(change, totalPred, totalGold), totalGold, totalPred);
    }

    public static bool ValuesMatch(CqeQuantity gold, CqeQuantity model)
    {
        if (gold.RangeEnd.HasValue != model.RangeEnd.HasValue) return false;
        if (!IsClose(model.Value, gold.Value)) return false;
        return !gold.RangeEnd.HasValue || IsClose(model.RangeEnd!.Value, gold.RangeEnd.Value);
    }

    /// <summary>numpy.isclose(a, b): |a − b| ≤ atol + rtol·|b|.</summary>
    public static bool IsClose(double a, double b) => Math.Abs(a - b) <= 1e-8 + 1e-5 * Math.Abs(b);
}
