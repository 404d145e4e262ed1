using System.Globalization;
using System.Text.Json;
using Triangulate.Evaluation.Scoring;
using Triangulate.Extraction.Quantities;

namespace Triangulate.Evaluation.Sets;

/// <summary>One NewsQuant sentence with its gold quantities and the extractor's, in CQE terms.</summary>
public sealed record NewsQuantSentence(string Text, IReadOnlyList<CqeQuantity> Gold, IReadOnlyList<CqeQuantity> Predicted);

/// <summary>
/// Plugs the quantity extractor into the CQE scorer (<see cref="QuantityScoring"/>): reads NewsQuant JSON
/// (<c>[{text, quantities: [{value, normalized_unit, change, ...}]}]</c>), runs
/// <see cref="QuantityExtractor.ExtractFindings"/> on each sentence and maps the findings to CQE's vocabulary.
/// </summary>
public static class NewsQuantQuantities
{
    public static QuantityScores Evaluate(string path) => Score(Run(path));

    public static QuantityScores Score(IReadOnlyList<NewsQuantSentence> sentences)
        => QuantityScoring.Score(sentences.Select(s => (s.Gold, s.Predicted)));

    public static IReadOnlyList<NewsQuantSentence> Run(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var list = new List<NewsQuantSentence>();
        foreach (var s in json.RootElement.EnumerateArray())
        {
            var text = s.GetProperty("text").GetString() ?? "";
            var gold = new List<CqeQuantity>();
            foreach (var q in s.GetProperty("quantities").EnumerateArray())
            {
                var (value, rangeEnd) = ParseGoldValue(q.GetProperty("value").GetString() ?? "0");
                gold.Add(new CqeQuantity(value, rangeEnd, (q.GetProperty("normalized_unit").GetString() ?? "-").ToLowerInvariant(),
                    q.GetProperty("change").GetString() ?? "="));
            }
            list.Add(new NewsQuantSentence(text, gold, Predict(text)));
        }
        return list;
    }

    /// <summary>The extractor's findings in CQE terms. Vague amounts become CQE's ranges ("thousands" is
    /// 1,000–10,000, "dozens" 12–120, "tens of millions" 10–100 million); qualifiers and changes map to CQE's change
    /// words: about → "~", more than / at least → "&gt;", up to / fewer than / nearly → "&lt;", a step up or down
    /// ("rose 5%") → "up" / "down"; a new level ("rose to 5%") keeps its qualifier's word.</summary>
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
        static double Base(string w) => w switch
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

    /// <summary>Like <see cref="CqeQuantity.ParseValue"/>, but "1.99E-29" (one dev value) is a number in scientific
    /// notation, not a range; the authors' script would stop on it.</summary>
    public static (double Value, double? RangeEnd) ParseGoldValue(string value)
    {
        var v = value.Trim();
        var dash = v.IndexOf('-', 1);
        if (dash > 0 && v[dash - 1] is 'e' or 'E')
            return (double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture), null);
        return CqeQuantity.ParseValue(v);
    }
}
