using Triangulate.Documents;
using Triangulate.Evaluation.Data;
using Triangulate.Evaluation.Scoring;
using Triangulate.Extraction.Quotes;
using Triangulate.Pipeline;

// Development tool for the quotes stage: scores the default pipeline on a PolNeAR split with the project's
// PolnearScoring (the same reader and scorer as `triangulate eval polnear`), adds speaker and cue accuracy on
// direct quotes alone, and prints direct-quote errors for analysis (use on train only).
//   dotnet run -c Release --project tools/QuoteEval -- ../shared/eval/polnear train [--errors N]
//   dotnet run -c Release --project tools/QuoteEval -- --text FILE
if (args.Length > 1 && args[0] == "--text") { Debug.Run(File.ReadAllText(args[1])); return; }
var root = args.Length > 0 ? args[0] : "../shared/eval/polnear";
var split = args.Length > 1 ? args[1] : "dev";
var errors = args.Length > 3 && args[2] == "--errors" ? int.Parse(args[3]) : 0;
var docs = PolnearReader.Read(root, split);
var pipeline = PipelineBuilder.Default().Build();
var analyzed = new AnalyzedArticle[docs.Count];
Parallel.For(0, docs.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
{
    var d = docs[i];
    analyzed[i] = pipeline.Analyze(new Article { Id = d.Name, Source = d.Name, Text = d.Text, Published = d.Published, Outlet = d.Publisher });
});
var all = new AttributionCounts();
var direct = new AttributionCounts();
var directEdges = new AttributionCounts();
var shown = 0;
for (var i = 0; i < docs.Count; i++)
{
    var d = docs[i];
    var quotes = analyzed[i].Quotes;
    var predicted = quotes.Select(PolnearScoring.FromQuote).ToList();
    all += PolnearScoring.Score(d.Text, d.Attributions, predicted);
    var goldDirect = d.Attributions.Where(a => a.Kind == QuoteKind.Direct).ToList();
    var predDirect = predicted.Where(a => a.Kind == QuoteKind.Direct).ToList();
    direct += PolnearScoring.Score(d.Text, goldDirect, predDirect);
    // The same with gold "direct" decided by the edges only: the first piece opens with a mark and the last closes
    // with one. PolnearReader.Classify requires every piece to be enclosed, which turns a quotation that annotators
    // cut into sentence pieces (“I came here. | I stayed.”) into "mixed".
    directEdges += PolnearScoring.Score(d.Text, d.Attributions.Where(a => EdgesQuoted(d.Text, a.Content)).ToList(), predDirect);
    if (shown >= errors) continue;
    foreach (var g in goldDirect)
    {
        var hit = predDirect.FirstOrDefault(p => PolnearScoring.OverlapRatio(g.Content, p.Content) >= 0.5);
        var src = string.Join("|", g.Source.Select(s => d.Text[s.Start..s.End]));
        if (hit is null) { Console.WriteLine($"MISS  [{src}] {Clip(d.Text, g.Content)}"); shown++; }
        else if (g.HasSource && !g.Source.Any(s => hit.Source.Any(h => h.Overlaps(s))))
        { Console.WriteLine($"SPKR  gold=[{src}] pred=[{string.Join("|", hit.Source.Select(s => d.Text[s.Start..s.End]))}] {Clip(d.Text, g.Content)}"); shown++; }
    }
    foreach (var p in predDirect)
        if (!goldDirect.Any(g => PolnearScoring.OverlapRatio(g.Content, p.Content) >= 0.5))
        {
            var any = d.Attributions.Any(g => PolnearScoring.OverlapRatio(g.Content, p.Content) >= 0.5);
            Console.WriteLine($"FALSE [{string.Join("|", p.Source.Select(s => d.Text[s.Start..s.End]))}] {(any ? "gold-nondirect" : "nogold")} {Clip(d.Text, p.Content)}");
            shown++;
        }
}
Print("direct", direct);
Print("direct*", directEdges);
Print("all", all);

static void Print(string name, AttributionCounts s) => Console.WriteLine(
    $"{name,-7} gold {s.Gold,5} pred {s.Predicted,5} P {s.Content.Precision:F3} R {s.Content.Recall:F3} F1 {s.Content.F1:F3} | exact F1 {s.ContentExact.F1:F3} | speaker {s.SourceAccuracy:F3} ({s.SourceCorrect}/{s.MatchedWithGoldSource}) | cue {s.CueAccuracy:F3} | kind {s.KindAccuracy:F3}");

static bool EdgesQuoted(string text, IReadOnlyList<Span> content)
{
    int s = content[0].Start, e = content[^1].End;
    while (s < e && char.IsWhiteSpace(text[s])) s++;
    while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is '.' or ',' or ';' or ':')) e--;
    return e - s >= 2 && text[s] is '“' or '"' && text[e - 1] is '”' or '"';
}

static string Clip(string text, IReadOnlyList<Span> spans)
{
    var s = spans[0].Start; var e = spans[^1].End;
    var ctxS = Math.Max(0, s - 60); var ctxE = Math.Min(text.Length, e + 60);
    return (text[ctxS..s] + "<<" + text[s..e] + ">>" + text[e..ctxE]).Replace('\n', ' ');
}

public static class Debug
{
    public static void Run(string text)
    {
        var doc = PipelineBuilder.Default().Build().Analyze(new Article { Id = "x", Source = "x", Text = text });
        foreach (var q in doc.Quotes)
            Console.WriteLine($"{q.Kind} [{q.Speaker?.Text} -> {q.Speaker?.Canonical}] cue=[{(q.Cue is { } c ? text[c.Start..c.End] : "")}] chain=[{string.Join(" > ", q.Chain)}] parts={q.Parts.Count} conf={q.Confidence}: {q.Text}");
    }
}
