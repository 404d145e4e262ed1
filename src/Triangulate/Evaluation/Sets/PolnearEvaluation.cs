using Triangulate.Documents;
using Triangulate.Evaluation.Data;
using Triangulate.Evaluation.Scoring;

namespace Triangulate.Evaluation.Sets;

/// <summary>PolNeAR attribution: the quote extractor's attributions scored by <see cref="PolnearScoring"/>.</summary>
public sealed class PolnearEvaluation : IEvaluation
{
    public string Name => "polnear";

    /// <summary>Accepts the data set folder (split from the options, dev by default) or a split folder itself
    /// (<c>../shared/eval/polnear/dev</c>, <c>.../train</c>), which then names the split.</summary>
    public static (string Root, string Split) RootAndSplit(string path, string? optionSplit)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var leaf = Path.GetFileName(trimmed);
        if (leaf is "dev" or "train" && Directory.Exists(Path.Combine(trimmed, "attributions")))
            return (Path.GetDirectoryName(trimmed)!, leaf);
        return (path, optionSplit is "train" ? "train" : "dev");
    }

    public int Run(string path, TextWriter output, EvalOptions options)
    {
        var (root, split) = RootAndSplit(path, options.Split);
        var docs = PolnearReader.Read(root, split);
        var components = options.ResolveComponents();
        var atts = docs.SelectMany(d => d.Attributions).ToList();

        output.WriteLine($"PolNeAR — attribution (source, cue, content; direct and indirect), split '{split}'");
        output.WriteLine();
        var stats = new ReportTable("data", "count");
        stats.Add("articles", ReportTable.Num(docs.Count));
        stats.Add("attributions (with source / without)", $"{atts.Count} ({atts.Count(a => a.HasSource)} / {atts.Count(a => !a.HasSource)})");
        stats.Add("direct / mixed / indirect (derived rule)", $"{atts.Count(a => a.Kind == QuoteKind.Direct)} / {atts.Count(a => a.Kind == QuoteKind.Mixed)} / {atts.Count(a => a.Kind == QuoteKind.Indirect)}");
        stats.Add("discontinuous content", ReportTable.Num(atts.Count(a => a.Content.Count > 1)));
        stats.WriteTo(output);
        output.WriteLine();

        var table = new ReportTable("component", "metric", "score");
        if (components.Quotes is { } quotes)
        {
            var counts = new AttributionCounts();
            var withApostropheMarks = new AttributionCounts();
            var withApostropheEdges = new AttributionCounts();
            foreach (var d in docs)
            {
                var article = new Article { Id = d.Name, Source = d.Name, Text = d.Text, Published = d.Published, Outlet = d.Publisher };
                var predicted = quotes.Extract(article).Select(PolnearScoring.FromQuote).ToList();
                counts += PolnearScoring.Score(d.Text, d.Attributions, predicted);
                var marks = d.Attributions.Select(a => a with { Kind = PolnearReader.Classify(d.Text, a.Content, pairedApostrophes: true) }).ToList();
                withApostropheMarks += PolnearScoring.Score(d.Text, marks, predicted);
                var edges = d.Attributions.Select(a => a with { Kind = PolnearReader.Classify(d.Text, a.Content, pairedApostrophes: true, apostropheEdges: true) }).ToList();
                withApostropheEdges += PolnearScoring.Score(d.Text, edges, predicted);
            }
            table.Add("attributions, system", "content overlap >= 0.5", ReportTable.Prf(counts.Content));
            table.Add("attributions, system", "content exact", ReportTable.Prf(counts.ContentExact));
            table.Add("attributions, system", "direct quotes only", ReportTable.Prf(counts.Direct));
            table.Add("attributions, system", "direct quotes only, gold '' read as a quotation mark", ReportTable.Prf(withApostropheMarks.Direct));
            table.Add("attributions, system", "direct quotes only, gold '' read as a mark, edges inside '' / ''' read to the run's end", ReportTable.Prf(withApostropheEdges.Direct));
            table.Add("attributions, system", "speaker accuracy (matched, gold has source)", ReportTable.Pct(counts.SourceAccuracy));
            table.Add("attributions, system", "cue accuracy (matched)", ReportTable.Pct(counts.CueAccuracy));
            table.Add("attributions, system", "direct/mixed/indirect accuracy (matched)", ReportTable.Pct(counts.KindAccuracy));
        }
        else table.Add("attributions, system", "content / speaker / direct", ReportTable.NotAvailable);
        table.WriteTo(output);
        output.WriteLine();
        output.WriteLine("Anchors: human agreement 92.3% (PolNeAR); quote tool F1 83.7, speaker accuracy 86% (Gender Gap Tracker, own data).");
        output.WriteLine("Direct/indirect is not annotated in PolNeAR: 'direct' = every content piece enclosed in quotation marks (see PolnearReader.Classify).  The second direct row also reads two apostrophes ('') as a quotation mark (NYT plain text); the third also reads a gold piece whose edge falls inside a run of apostrophes (a span starting at the second ' of '', or ending inside '') to the run's end, and a closing ''' as ' then \".");
        return 0;
    }
}
