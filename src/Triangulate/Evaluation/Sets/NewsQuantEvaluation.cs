using Triangulate.Documents;
using Triangulate.Evaluation.Baselines;
using Triangulate.Evaluation.Data;
using Triangulate.Evaluation.Scoring;

namespace Triangulate.Evaluation.Sets;

/// <summary>NewsQuant: quantities per sentence, scored as CQE does (value, value+unit, value+change).</summary>
public sealed class NewsQuantEvaluation : IEvaluation
{
    public string Name => "newsquant";

    public int Run(string path, TextWriter output, EvalOptions options)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, "NewsQuant.dev.json") : path;
        var sentences = NewsQuantReader.Read(file);
        var components = options.ResolveComponents();
        var quantities = sentences.SelectMany(s => s.Quantities).ToList();

        output.WriteLine("NewsQuant — quantities in news sentences (value, unit, change), CQE scoring");
        output.WriteLine();
        var stats = new ReportTable("data", "count");
        stats.Add("sentences (without quantities)", $"{sentences.Count} ({sentences.Count(s => s.Quantities.Count == 0)})");
        stats.Add("quantities (ranges)", $"{quantities.Count} ({quantities.Count(q => q.ToCqe().RangeEnd.HasValue)})");
        stats.Add("change", string.Join(", ", quantities.GroupBy(q => q.Change).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        stats.Add("most frequent units", string.Join(", ", quantities.GroupBy(q => q.NormalizedUnit).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(6).Select(g => $"{g.Key} {g.Count()}")));
        stats.WriteTo(output);
        output.WriteLine();

        var table = new ReportTable("component", "metric", "score");
        if (components.Quantities is { } extractor)
        {
            var pairs = sentences.Select(s =>
            {
                var article = new Article { Id = $"newsquant-{s.Index}", Source = $"newsquant-{s.Index}", Text = s.Text };
                IReadOnlyList<Scoring.CqeQuantity> predicted = extractor is ICqeQuantityAdapter cqe
                    ? cqe.ExtractForCqe(s.Text)
                    : extractor.Extract(article).Select(ToCqe).OfType<Scoring.CqeQuantity>().ToList();
                IReadOnlyList<Scoring.CqeQuantity> gold = s.Quantities.Select(q => q.ToCqe()).ToList();
                return (gold, predicted);
            }).ToList();
            var scores = QuantityScoring.Score(pairs);
            table.Add("quantities, system", "value", ReportTable.Prf(scores.Value));
            table.Add("quantities, system", "value+unit", ReportTable.Prf(scores.ValueUnit));
            table.Add("quantities, system", "value+change", ReportTable.Prf(scores.ValueChange));
        }
        else table.Add("quantities, system", "value / value+unit / value+change", ReportTable.NotAvailable);
        table.WriteTo(output);
        output.WriteLine();
        output.WriteLine("Anchors (full NewsQuant test): CQE value F1 92.0, value+unit 85.6, value+change 88.1; Microsoft Recognizers value F1 69.1.");
        return 0;
    }

    /// <summary>
    /// Maps an extracted <see cref="Quantity"/> to CQE's comparison form: Value (and Max as range end; a quantity
    /// without a value is not a prediction), unit lower-cased with %, $, €, £ spelled as CQE normalises them and a plural
    /// -s dropped; change "up"/"down" from <see cref="Quantity.Change"/>, otherwise "~", "&gt;", "&lt;" from the
    /// qualifier/vague words, otherwise "=".
    /// </summary>
    public static Scoring.CqeQuantity? ToCqe(Quantity q)
    {
        if (q.Value is not { } v) return null;
        return new Scoring.CqeQuantity(v, q.Max, NormalizeUnit(q.Unit), NormalizeChange(q));
    }

    public static string NormalizeUnit(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return "-";
        var u = unit.Trim().ToLowerInvariant();
        return u switch
        {
            "%" or "percent" or "per cent" or "pct" or "percentage point" or "percentage points" => "percentage",
            "$" or "usd" or "us$" or "dollars" => "dollar",
            "€" or "eur" or "euros" => "euro",
            "£" or "gbp" or "pounds" => "pound sterling",
            _ => string.Join(' ', u.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w)),
        };
    }

    public static string NormalizeChange(Quantity q)
    {
        var change = q.Change?.Trim().ToLowerInvariant();
        if (change is "up" or "increase" or "rise" or "gain") return "up";
        if (change is "down" or "decrease" or "fall" or "drop" or "loss") return "down";
        if (change is "=" or "~" or ">" or "<") return change;
        var words = $"{q.Qualifier} {q.Vague}".Trim().ToLowerInvariant();
        if (words.Length == 0) return "=";
        if (words.Contains("more than") || words.Contains("over") || words.Contains("above") || words.Contains("at least") || words.Contains('>')) return ">";
        if (words.Contains("less than") || words.Contains("under") || words.Contains("below") || words.Contains("at most") || words.Contains("fewer") || words.Contains('<')) return "<";
        if (words.Contains("about") || words.Contains("around") || words.Contains("approximately") || words.Contains("nearly") || words.Contains("almost") || words.Contains("roughly") || words.Contains('~')) return "~";
        return "=";
    }
}
