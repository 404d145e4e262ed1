using System.Globalization;
using System.Text;
using Triangulate.Evaluation.Scoring;

namespace Triangulate.Evaluation;

/// <summary>A plain-text table with left-aligned columns padded to the widest cell; deterministic output.</summary>
public sealed class ReportTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public const string NotAvailable = "component not available yet";

    public ReportTable Add(params string[] cells) { _rows.Add(cells); return this; }

    public void WriteTo(TextWriter output)
    {
        var all = new List<string[]> { headers };
        all.AddRange(_rows);
        var widths = new int[headers.Length];
        foreach (var r in all)
            for (var i = 0; i < r.Length && i < widths.Length; i++) widths[i] = Math.Max(widths[i], r[i].Length);
        void Line(string[] cells)
        {
            var sb = new StringBuilder("  ");
            for (var i = 0; i < widths.Length; i++)
            {
                var c = i < cells.Length ? cells[i] : "";
                sb.Append(i == widths.Length - 1 ? c : c.PadRight(widths[i] + 2));
            }
            output.WriteLine(sb.ToString().TrimEnd());
        }
        Line(headers);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var r in _rows) Line(r);
    }

    public static string Pct(double x) => (x * 100).ToString("0.0", CultureInfo.InvariantCulture);
    public static string Prf(Prf s) => $"P {Pct(s.Precision)}  R {Pct(s.Recall)}  F1 {Pct(s.F1)}";
    public static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Coref(CorefScores s)
        => $"CoNLL {Pct(s.ConllF1)}  (MUC {Pct(s.Muc.F1)}  B3 {Pct(s.BCubed.F1)}  CEAF-e {Pct(s.CeafE.F1)})";
}
