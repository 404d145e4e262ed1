using System.Globalization;
using System.Text;
using System.Xml;
using Triangulate.Documents;
using Triangulate.Extraction.Times;

namespace Triangulate.Evaluation.Sets;

public sealed record TimexGold(int Start, int End, string Text, string Value, string Type);

public sealed record TimeMlDocument(string Id, string Text, DateOnly? Creation, IReadOnlyList<TimexGold> Timexes);

public sealed record TempEvalScore(int Gold, int System, int Strict, int Relaxed, int ValueCorrect, int TypeCorrect)
{
    public double StrictP => Ratio(Strict, System);
    public double StrictR => Ratio(Strict, Gold);
    public double StrictF1 => F(StrictP, StrictR);
    public double RelaxedP => Ratio(Relaxed, System);
    public double RelaxedR => Ratio(Relaxed, Gold);
    public double RelaxedF1 => F(RelaxedP, RelaxedR);
    /// <summary>Share of relaxed matches whose value is right (TempEval-3 "value accuracy").</summary>
    public double ValueAccuracy => Ratio(ValueCorrect, Relaxed);
    /// <summary>TempEval-3 value F1: relaxed F1 × value accuracy (correct values over system and gold counts).</summary>
    public double ValueF1 => F(Ratio(ValueCorrect, System), Ratio(ValueCorrect, Gold));
    public double TypeF1 => F(Ratio(TypeCorrect, System), Ratio(TypeCorrect, Gold));
    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    private static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>
/// TempEval-3 time-expression evaluation: reads TimeML (.tml) files, runs the time extractor on the TEXT element
/// with the document creation time as publication date, and scores as the TempEval-3 task does: strict (same
/// extent) and relaxed (overlapping extent) span match, one-to-one, and the value and type attributes over the
/// relaxed matches. The creation-time TIMEX3 in the DCT element is given, not extracted, so it is not scored.
/// </summary>
public static class TempEvalTimes
{
    public static TimeMlDocument Read(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(path, settings);
        var text = new StringBuilder();
        var timexes = new List<TimexGold>();
        DateOnly? dct = null;
        var inText = false;
        var inDct = false;
        (int Start, string Value, string Type)? open = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.Name == "TEXT":
                    inText = true; break;
                case XmlNodeType.EndElement when reader.Name == "TEXT":
                    inText = false; break;
                case XmlNodeType.Element when reader.Name == "DCT":
                    inDct = true; break;
                case XmlNodeType.EndElement when reader.Name == "DCT":
                    inDct = false; break;
                case XmlNodeType.Element when reader.Name == "TIMEX3":
                    if (inDct || reader.GetAttribute("functionInDocument") == "CREATION_TIME")
                    {
                        if (DateOnly.TryParseExact(reader.GetAttribute("value"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) dct = d;
                    }
                    else if (inText && !reader.IsEmptyElement)
                        open = (text.Length, reader.GetAttribute("value") ?? "", reader.GetAttribute("type") ?? "");
                    break;
                case XmlNodeType.EndElement when reader.Name == "TIMEX3":
                    if (open is { } o && inText)
                        timexes.Add(new TimexGold(o.Start, text.Length, text.ToString(o.Start, text.Length - o.Start), o.Value, o.Type));
                    open = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inText:
                    text.Append(reader.Value); break;
            }
        }
        return new TimeMlDocument(Path.GetFileNameWithoutExtension(path), text.ToString(), dct, timexes);
    }

    public static IReadOnlyList<(TimeMlDocument Doc, IReadOnlyList<TimeExpression> System)> Run(string folder)
        => Directory.EnumerateFiles(folder, "*.tml").Order(StringComparer.Ordinal)
            .Select(Read).Select(d => (d, TimeExtractor.Extract(d.Text, d.Creation))).ToList();

    public static TempEvalScore Score(IEnumerable<(TimeMlDocument Doc, IReadOnlyList<TimeExpression> System)> runs)
    {
        int gold = 0, system = 0, strict = 0, relaxed = 0, value = 0, type = 0;
        foreach (var (doc, sys) in runs)
        {
            gold += doc.Timexes.Count;
            system += sys.Count;
            var used = new bool[sys.Count];
            foreach (var g in doc.Timexes)
            {
                // Prefer an exact match, then the largest overlap; each system expression matches once.
                var best = -1; var bestOverlap = 0;
                for (var k = 0; k < sys.Count; k++)
                {
                    if (used[k]) continue;
                    var ov = Math.Min(g.End, sys[k].End) - Math.Max(g.Start, sys[k].Start);
                    if (ov <= 0) continue;
                    var exact = sys[k].Start == g.Start && sys[k].End == g.End;
                    var score = exact ? int.MaxValue : ov;
                    if (score > bestOverlap) { best = k; bestOverlap = score; }
                }
                if (best < 0) continue;
                used[best] = true;
                relaxed++;
                var s = sys[best];
                if (s.Start == g.Start && s.End == g.End) strict++;
                if (s.Value == g.Value) value++;
                if (string.Equals(s.Type.ToString(), g.Type, StringComparison.OrdinalIgnoreCase)) type++;
            }
        }
        return new TempEvalScore(gold, system, strict, relaxed, value, type);
    }
}
