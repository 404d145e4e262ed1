using System.Globalization;
using System.Text;
using System.Xml;
using Triangulate.Documents;
using Triangulate.Evaluation.Scoring;
using Triangulate.Extraction.Times;

namespace Triangulate.Evaluation.Sets;

public sealed record TimexGold(int Start, int End, string Text, string Value, string Type);

public sealed record TimeMlDocument(string Id, string Text, DateOnly? Creation, IReadOnlyList<TimexGold> Timexes);

/// <summary>
/// TempEval-3 time-expression evaluation: reads TimeML (.tml) files, runs the time extractor on the TEXT element
/// with the document creation time as publication date, and scores as the TempEval-3 task does: strict (same
/// extent) and relaxed (overlapping extent) span match, one-to-one, and the value and type attributes over the
/// relaxed matches (scored by <see cref="TimexScoring"/>). The creation-time TIMEX3 in the DCT element is given, not extracted, so it is not scored.
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

    public static TimexCounts Evaluate(string folder) => Score(Run(folder));

    /// <summary>Plugs the extractor's output into <see cref="TimexScoring"/> document by document.</summary>
    public static TimexCounts Score(IEnumerable<(TimeMlDocument Doc, IReadOnlyList<TimeExpression> System)> runs)
    {
        var total = default(TimexCounts);
        foreach (var (doc, sys) in runs)
        {
            var gold = doc.Timexes.Select(g => new TimexItem(new Span(g.Start, g.End), g.Type, g.Value)).ToList();
            var predicted = sys.Select(s => new TimexItem(s.Span, s.Type.ToString().ToUpperInvariant(), s.Value ?? "")).ToList();
            total += TimexScoring.Score(gold, predicted);
        }
        return total;
    }
}
