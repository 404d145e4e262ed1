using Triangulate.Documents;
using Triangulate.Evaluation.Data;
using Triangulate.Evaluation.Scoring;

namespace Triangulate.Evaluation.Sets;

/// <summary>TempEval-3 (platinum-style TimeML): time expressions scored as the TE3 toolkit does.</summary>
public sealed class TempEvalEvaluation : IEvaluation
{
    public string Name => "tempeval3";

    public int Run(string path, TextWriter output, EvalOptions options)
    {
        var docs = TempEvalReader.ReadFolder(path);
        var components = options.ResolveComponents();
        var timexes = docs.SelectMany(d => d.Timexes).ToList();

        output.WriteLine("TempEval-3 — time expressions (extent, type, normalised value)");
        output.WriteLine();
        var stats = new ReportTable("data", "count");
        stats.Add("documents (with DCT)", $"{docs.Count} ({docs.Count(d => d.CreationDate is not null)})");
        stats.Add("TIMEX3 in text", ReportTable.Num(timexes.Count));
        stats.Add("by type", string.Join(", ", timexes.GroupBy(t => t.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        stats.WriteTo(output);
        output.WriteLine();

        var table = new ReportTable("component", "metric", "score");
        if (components.Times is { } extractor)
        {
            var counts = new TimexCounts();
            foreach (var d in docs)
            {
                var article = new Article { Id = d.Name, Source = d.Name, Text = d.Text, Published = d.CreationDate, Title = d.Title };
                var predicted = extractor.Extract(article)
                    .Select(t => new TimexItem(t.Span, t.Type.ToString().ToUpperInvariant(), t.Value ?? "")).ToList();
                var gold = d.Timexes.Select(t => new TimexItem(t.Span, t.Type, t.Value)).ToList();
                counts += TimexScoring.Score(gold, predicted);
            }
            table.Add("times, system", "strict extent", ReportTable.Prf(counts.Strict));
            table.Add("times, system", "relaxed extent", ReportTable.Prf(counts.Relaxed));
            table.Add("times, system", "value (TE3 attribute F1)", ReportTable.Prf(counts.Value));
            table.Add("times, system", "value accuracy (relaxed matches)", ReportTable.Pct(counts.ValueAccuracy));
            table.Add("times, system", "type accuracy (relaxed matches)", ReportTable.Pct(counts.TypeAccuracy));
        }
        else table.Add("times, system", "strict / relaxed / value", ReportTable.NotAvailable);
        table.WriteTo(output);
        output.WriteLine();
        output.WriteLine("Anchors (TE3 test): HeidelTime value F1 about 77.6, relaxed extent F1 about 90.");
        return 0;
    }
}
