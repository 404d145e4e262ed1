using System.Globalization;
using System.Text.Json;
using Triangulate.Extraction.Quantities;

namespace Triangulate.Evaluation.Sets;

/// <summary>One gold or predicted quantity in the CQE evaluation's terms: a value or a (low, high) range, the
/// normalised unit (lower case) and the change label (<c>=</c>, <c>~</c>, <c>&gt;</c>, <c>&lt;</c>, <c>up</c>, <c>down</c>).</summary>
public sealed record CqeQuantity(double Low, double? High, string Unit, string Change);

public sealed record CqeSentence(string Text, IReadOnlyList<CqeQuantity> Gold, IReadOnlyList<CqeQuantity> Predicted);

/// <summary>Precision, recall and F1 (percent, one decimal) as CQE's <c>evaluate_models.py</c> reports them.</summary>
public sealed record CqeScore(string Type, double P, double R, double F1);

/// <summary>
/// NewsQuant (CQE, EMNLP 2023) scored exactly as the authors' <c>calculate_metrics</c>: for each gold quantity,
/// every predicted quantity with a matching value (np.isclose, rtol 1e-5; ranges match ranges) counts once towards
/// value (at most as many as there are gold quantities in the sentence) and, for each such pair, towards
/// value+unit and value+change when those match too. P = correct / predicted, R = correct / gold.
/// </summary>
public static class NewsQuantQuantities
{
    public static IReadOnlyList<CqeSentence> Run(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var list = new List<CqeSentence>();
        foreach (var s in json.RootElement.EnumerateArray())
        {
            var text = s.GetProperty("text").GetString() ?? "";
            var gold = new List<CqeQuantity>();
            foreach (var q in s.GetProperty("quantities").EnumerateArray())
            {
                var value = q.GetProperty("value").GetString() ?? "0";
                ParseGoldValue(value, out var low, out var high);
                gold.Add(new CqeQuantity(low, high, (q.GetProperty("normalized_unit").GetString() ?? "-").ToLowerInvariant(),
                    q.GetProperty("change").GetString() ?? "="));
            }
            list.Add(new CqeSentence(text, gold, Predict(text)));
        }
        return list;
    }

    /// <summary>The extractor's findings in CQE terms. Vague amounts become CQE's ranges: "thousands" is
    /// 1,000–10,000, "dozens" 12–120, "tens of millions" 10–100 million.</summary>
    public static IReadOnlyList<CqeQuantity> Predict(string text)
    {
        var result = new List<CqeQuantity>();
        foreach (var f in QuantityExtractor.ExtractFindings(text))
        {
            var q = f.Quantity;
            double low; double? high;
            if (q.Vague is not null)
            {
                if (!VagueRange(q.Vague, out low, out var hi)) continue;
                high = hi;
            }
            else if (q.Value is null) continue;
            else { low = q.Value.Value; high = q.Max; }
            var change = q.Change switch
            {
                "increase" when !f.ChangeIsTarget => "up",
                "decrease" when !f.ChangeIsTarget => "down",
                _ => q.Qualifier switch
                {
                    "about" => "~",
                    "more than" or "at least" => ">",
                    "up to" or "fewer than" or "nearly" => "<",
                    _ => "=",
                },
            };
            result.Add(new CqeQuantity(low, high, (f.NormalizedUnit ?? "-").ToLowerInvariant(), change));
        }
        return result;
    }

    public static bool VagueRange(string vague, out double low, out double high)
    {
        low = high = 0;
        var words = vague.Split(' ');
        double Base(string w) => w switch
        {
            "dozens" => 12, "hundreds" => 100, "thousands" => 1e3, "millions" => 1e6, "billions" => 1e9, "trillions" => 1e12, _ => 0,
        };
        if (words.Length == 3 && words[0] == "tens") low = 10 * Base(words[2]);
        else if (words.Length == 3) low = Base(words[0]) * Base(words[2]);
        else low = Base(words[0]);
        if (low <= 0) return false;
        high = low * 10;
        return true;
    }

    private static void ParseGoldValue(string value, out double low, out double? high)
    {
        high = null;
        var dash = value.IndexOf('-', 1);
        // "1.99E-29" is one value in scientific notation (the authors' script would fail on it), not a range.
        if (dash > 0 && (value[dash - 1] is 'e' or 'E')) dash = -1;
        if (!value.StartsWith('-') && dash > 0)
        {
            low = double.Parse(value[..dash].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
            high = double.Parse(value[(dash + 1)..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
            return;
        }
        low = double.Parse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-8 + 1e-5 * Math.Abs(b);

    public static bool ValuesMatch(CqeQuantity gold, CqeQuantity model)
    {
        if (gold.High.HasValue != model.High.HasValue) return false;
        if (!Close(model.Low, gold.Low)) return false;
        return !gold.High.HasValue || Close(model.High!.Value, gold.High.Value);
    }

    public static IReadOnlyList<CqeScore> Score(IReadOnlyList<CqeSentence> sentences)
    {
        int totalGold = 0, totalModel = 0, value = 0, unit = 0, change = 0;
        foreach (var s in sentences)
        {
            totalGold += s.Gold.Count;
            totalModel += s.Predicted.Count;
            var remaining = s.Gold.Count;
            foreach (var g in s.Gold)
            {
                foreach (var m in s.Predicted)
                {
                    if (!ValuesMatch(g, m)) continue;
                    if (remaining > 0) { value++; remaining--; }
                    if (m.Change == g.Change) change++;
                    if (m.Unit == g.Unit) unit++;
                }
            }
        }
        return
        [
            Make("value", value, totalGold, totalModel),
            Make("value+unit", unit, totalGold, totalModel),
            Make("value+change", change, totalGold, totalModel),
        ];
    }

    private static CqeScore Make(string type, int correct, int gold, int model)
    {
        if (gold == 0 || model == 0) return new CqeScore(type, 0, 0, 0);
        var p = (double)correct / model;
        var r = (double)correct / gold;
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new CqeScore(type, Math.Round(p * 100, 1), Math.Round(r * 100, 1), Math.Round(f * 100, 1));
    }
}
