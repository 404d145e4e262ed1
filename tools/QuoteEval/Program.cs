using Triangulate.Documents;
using Triangulate.Extraction.Quotes;
using Triangulate.Extraction.Quotes.Evaluation;

if (args.Length > 1 && args[0] == "--text") { Debug.Run(File.ReadAllText(args[1])); return; }
var split = args.Length > 0 ? args[0] : "../shared/eval/polnear/dev";
var errors = args.Length > 2 && args[1] == "--errors" ? int.Parse(args[2]) : 0;
var docs = PolnearReader.ReadSplit(split);
var direct = AttributionScore.Zero;
var all = AttributionScore.Zero;
var shown = 0;
foreach (var d in docs)
{
    // PolNeAR texts open with the headline line: in the product the cleaning stage reports it as a removed title.
    var doc = new AnalyzedArticle(new Article { Id = d.Id, Source = d.Id, Text = d.Text }) { Removed = PolnearReader.TitleLine(d.Text) };
    var quotes = QuoteExtractor.Extract(doc);
    var goldDirect = d.Attributions.Where(g => QuoteScoring.IsGoldDirect(d.Text, g)).ToArray();
    var predDirect = quotes.Where(q => q.Kind == QuoteKind.Direct).ToArray();
    direct += QuoteScoring.Score(d.Text, goldDirect, predDirect);
    all += QuoteScoring.Score(d.Text, d.Attributions, quotes);
    if (shown < errors)
    {
        // Print direct-quote misses and false alarms for error analysis (train only).
        foreach (var g in goldDirect)
        {
            var hit = predDirect.FirstOrDefault(p => QuoteScoring.Score(d.Text, [g], [p]).Matched == 1);
            var src = string.Join("|", g.Source.Select(s => d.Text[s.Start..s.End]));
            if (hit is null) { Console.WriteLine($"MISS  [{src}] {Clip(d.Text, g.Content)}"); shown++; }
            else if (g.Source.Count > 0 && (hit.Speaker is null || !g.Source.Any(s => s.Overlaps(hit.Speaker.Span))))
            { Console.WriteLine($"SPKR  gold=[{src}] pred=[{hit.Speaker?.Text}] {Clip(d.Text, g.Content)}"); shown++; }
        }
        foreach (var p in predDirect)
            if (!goldDirect.Any(g => QuoteScoring.Score(d.Text, [g], [p]).Matched == 1))
            {
                var any = d.Attributions.FirstOrDefault(g => QuoteScoring.Score(d.Text, [g], [p]).Matched == 1);
                Console.WriteLine($"FALSE [{p.Speaker?.Text}] {(any is null ? "nogold" : "gold-nondirect")} {Clip(d.Text, [p.Span])}");
                shown++;
            }
    }
}
Print("direct", direct);
Print("all", all);

static void Print(string name, AttributionScore s) => Console.WriteLine(
    $"{name,-7} gold {s.Gold,5} pred {s.Predicted,5} P {s.Precision:F3} R {s.Recall:F3} F1 {s.F1:F3} | exact F1 {s.ExactF1:F3} | speaker {s.SpeakerAccuracy:F3} ({s.SpeakerCorrect}/{s.MatchedWithGoldSource}) | cue {s.CueAccuracy:F3}");

static string Clip(string text, IReadOnlyList<Span> spans)
{
    var s = spans[0].Start; var e = spans[^1].End;
    var ctxS = Math.Max(0, s - 60); var ctxE = Math.Min(text.Length, e + 60);
    var t = text[ctxS..s] + "<<" + text[s..e] + ">>" + text[e..ctxE];
    return t.Replace('\n', ' ');
}

public static class Debug
{
    public static void Run(string text)
    {
        var doc = new AnalyzedArticle(new Article { Id = "x", Source = "x", Text = text });
        foreach (var q in QuoteExtractor.Extract(doc))
            Console.WriteLine($"{q.Kind} [{q.Speaker?.Text}] cue=[{(q.Cue is { } c ? text[c.Start..c.End] : "")}] chain=[{string.Join(" > ", q.Chain)}] parts={q.Parts.Count} conf={q.Confidence}: {q.Text}");
    }
}
