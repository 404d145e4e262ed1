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
//   dotnet run -c Release --project tools/QuoteEval -- ../shared/eval/polnear train --train-models DIR [--holdout K]
//   dotnet run -c Release --project tools/QuoteEval -- ../shared/eval/polnear train --check-models src/Triangulate/Resources
//   dotnet run -c Release --project tools/QuoteEval -- ../shared/eval/polnear train --models DIR|none --fold K
// --train-models writes quote-cue-model.tsv and quote-end-model.tsv (QuoteModels) learned from the split; with
// --holdout K the fifth K of the split (articles i with i % 5 == K) is left out, and --fold K scores only that fifth,
// so thresholds can be chosen on TRAIN articles the models did not see.
if (args.Length > 1 && args[0] == "--text") { Debug.Run(File.ReadAllText(args[1])); return; }
var root = args.Length > 0 ? args[0] : "../shared/eval/polnear";
var split = args.Length > 1 ? args[1] : "dev";
string? Option(string name) => Array.IndexOf(args, name) is var k and >= 0 && k + 1 < args.Length ? args[k + 1] : null;
var errors = Option("--errors") is { } en ? int.Parse(en) : 0;
// --errors-file FILE: every attribution error of the split (missed gold, spurious predictions, wrong speakers,
// boundary mismatches of matched pairs) with context, for error analysis on TRAIN.
var errorsFile = Option("--errors-file");
var trainDir = Option("--train-models");
// --check-models DIR: retrains in memory and says whether DIR's model files are byte-identical (exit 1 if not).
var checkDir = Option("--check-models");
var holdout = Option("--holdout") is { } h ? int.Parse(h) : -1;
var fold = Option("--fold") is { } fo ? int.Parse(fo) : -1;
var models = Option("--models") switch
{
    null => QuoteModels.Default,
    "none" => QuoteModels.None,
    var dir => QuoteModels.Load(dir),
};
if (Option("--threshold") is { } th) models = new QuoteModels(models.CueModel, models.EndModel) { Threshold = double.Parse(th, System.Globalization.CultureInfo.InvariantCulture), MinLexiconCount = models.MinLexiconCount };
if (Option("--min-lex") is { } ml) models = new QuoteModels(models.CueModel, models.EndModel) { Threshold = models.Threshold, MinLexiconCount = int.Parse(ml) };
if (args.Contains("--keep-actions")) models = new QuoteModels(models.CueModel, models.EndModel) { Threshold = models.Threshold, MinLexiconCount = models.MinLexiconCount, ExcludeActions = false };
var docs = PolnearReader.Read(root, split);
if (fold >= 0) docs = docs.Where((_, i) => i % 5 == fold).ToList();
if ((trainDir ?? checkDir) is not null && holdout >= 0) docs = docs.Where((_, i) => i % 5 != holdout).ToList();
var pipeline = PipelineBuilder.Default().Build();
var analyzed = new AnalyzedArticle[docs.Count];
Parallel.For(0, docs.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
{
    var d = docs[i];
    var a = pipeline.Analyze(new Article { Id = d.Name, Source = d.Name, Text = d.Text, Published = d.Published, Outlet = d.Publisher });
    analyzed[i] = models == QuoteModels.Default ? a : a with { Quotes = QuoteExtractor.Extract(a, null, models) };
});
var l2 = Option("--l2") is { } l2s ? double.Parse(l2s, System.Globalization.CultureInfo.InvariantCulture) : ModelTraining.L2;
if (trainDir is not null) { ModelTraining.Run(docs, analyzed, trainDir, holdout, l2); return; }
if (checkDir is not null) { if (!ModelTraining.Check(docs, analyzed, checkDir, holdout, l2)) Environment.ExitCode = 1; return; }
if (args.Contains("--cue-report")) { ModelTraining.Report(docs, analyzed, models); return; }
var all = new AttributionCounts();
var direct = new AttributionCounts();
var directEdges = new AttributionCounts();
var directMarks = new AttributionCounts();
var directMarkEdges = new AttributionCounts();
var shown = 0;
using var dump = errorsFile is null ? null : new StreamWriter(errorsFile);
// --direct-errors FILE: direct-quote errors under the direct''e reading (--plain-marks: the direct'' reading; use on TRAIN only).
using var directDump = Option("--direct-errors") is { } def ? new StreamWriter(def) : null;
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
    directMarks += PolnearScoring.Score(d.Text, d.Attributions.Where(a => PolnearReader.Classify(d.Text, a.Content, pairedApostrophes: true) == QuoteKind.Direct).ToList(), predDirect);
    // The '' reading with a gold edge inside an apostrophe run read to the run's end (NYT spans off by one at '' or ''').
    directMarkEdges += PolnearScoring.Score(d.Text, d.Attributions.Where(a => PolnearReader.Classify(d.Text, a.Content, pairedApostrophes: true, apostropheEdges: true) == QuoteKind.Direct).ToList(), predDirect);
    if (dump is not null) AttributionErrors.Write(dump, d, predicted, QuoteTraining.CueScores(analyzed[i], models).ToList(), QuoteTraining.AcceptedCueStarts(analyzed[i], models));
    if (directDump is not null)
    {
        // Direct-quote errors under the direct''e reading ('' as a mark, edges inside apostrophe runs read to the run's
        // end; --plain-marks: the direct'' reading), aligned as the scorer aligns them: FALSE (no direct gold; the
        // best gold of any kind is shown), MISS and SPKR.
        var gd = d.Attributions.Where(a => PolnearReader.Classify(d.Text, a.Content, pairedApostrophes: true, apostropheEdges: !args.Contains("--plain-marks")) == QuoteKind.Direct).ToList();
        var al = SpanScoring.AlignBy(gd.Count, predDirect.Count, (g, p) => PolnearScoring.OverlapRatio(gd[g].Content, predDirect[p].Content) is var r && r >= PolnearScoring.ContentThreshold ? r : null);
        var mg = al.Pairs.Select(x => x.Item1).ToHashSet(); var mp = al.Pairs.Select(x => x.Item2).ToHashSet();
        string S(IReadOnlyList<Span> s) => string.Join("|", s.Select(x => d.Text[x.Start..x.End])).Replace('\n', ' ');
        for (var p = 0; p < predDirect.Count; p++)
        {
            if (mp.Contains(p)) continue;
            var best = d.Attributions.Select(g => (R: PolnearScoring.OverlapRatio(g.Content, predDirect[p].Content), G: g)).OrderByDescending(x => x.R).FirstOrDefault();
            var why = best.G is null || best.R <= 0 ? "none" : $"{best.G.Kind}:{best.R:F2}:src=[{S(best.G.Source)}]:[{S(best.G.Content)}]";
            directDump.WriteLine($"FALSE\t{d.Name}\tsrc=[{S(predDirect[p].Source)}]\t{Clip(d.Text, predDirect[p].Content)}\t{why}");
        }
        for (var g = 0; g < gd.Count; g++)
        {
            if (!mg.Contains(g))
            {
                var best = predicted.Select(x => (R: PolnearScoring.OverlapRatio(gd[g].Content, x.Content), P: x)).OrderByDescending(x => x.R).FirstOrDefault();
                var near = best.P is null || best.R <= 0 ? "none" : $"{best.P.Kind}:{best.R:F2}:[{S(best.P.Content)}]";
                directDump.WriteLine($"MISS\t{d.Name}\tsrc=[{S(gd[g].Source)}]\t{Clip(d.Text, gd[g].Content)}\t{near}");
            }
        }
        foreach (var (g, p) in al.Pairs)
            if (gd[g].HasSource && !gd[g].Source.Any(s => predDirect[p].Source.Any(h => h.Overlaps(s))))
                directDump.WriteLine($"SPKR\t{d.Name}\tgold=[{S(gd[g].Source)}]\tpred=[{S(predDirect[p].Source)}]\t{Clip(d.Text, gd[g].Content)}\t{(gd[g].Source.Count > 0 ? gd[g].Source[0].Start : -1)} {(predDirect[p].Source.Count > 0 ? predDirect[p].Source[0].Start : -1)} {gd[g].Content[0].Start}");
    }
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
Print("direct''", directMarks);
Print("direct''e", directMarkEdges);
Print("all", all);

static void Print(string name, AttributionCounts s) => Console.WriteLine(
    $"{name,-9} gold {s.Gold,5} pred {s.Predicted,5} P {s.Content.Precision:F3} R {s.Content.Recall:F3} F1 {s.Content.F1:F3} | exact F1 {s.ContentExact.F1:F3} | speaker {s.SourceAccuracy:F3} ({s.SourceCorrect}/{s.MatchedWithGoldSource}) | cue {s.CueAccuracy:F3} | kind {s.KindAccuracy:F3}");

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
        Console.WriteLine("cue probabilities >= 0.2: " + string.Join(", ", QuoteTraining.CueScores(doc, QuoteModels.Default).Where(x => x.Probability >= 0.2).Select(x => $"{x.Word} {x.Probability:F2}")));
        foreach (var q in doc.Quotes)
            Console.WriteLine($"{q.Kind} [{q.Speaker?.Text} -> {q.Speaker?.Canonical}] cue=[{(q.Cue is { } c ? text[c.Start..c.End] : "")}] chain=[{string.Join(" > ", q.Chain)}] parts={q.Parts.Count} conf={q.Confidence}: {q.Text}");
    }
}

/// <summary>All-attribution error dump: one line per error, tab-separated, greppable by its first field.</summary>
public static class AttributionErrors
{
    public static void Write(TextWriter w, PolnearDocument d, IReadOnlyList<PolnearAttribution> predicted,
        IReadOnlyList<(string Word, int Start, double Probability)>? cueScores = null, IReadOnlySet<int>? accepted = null)
    {
        var gold = d.Attributions;
        var align = SpanScoring.AlignBy(gold.Count, predicted.Count, (g, p) =>
        {
            var r = PolnearScoring.OverlapRatio(gold[g].Content, predicted[p].Content);
            return r >= PolnearScoring.ContentThreshold ? r : null;
        });
        var matchedG = new HashSet<int>(align.Pairs.Select(x => x.Item1));
        var matchedP = new HashSet<int>(align.Pairs.Select(x => x.Item2));
        string T(IReadOnlyList<Span> s) => string.Join("|", s.Select(x => d.Text[x.Start..x.End])).Replace('\n', ' ');
        static string At(IReadOnlyList<Span> s) => s.Count == 0 ? "-" : $"{s[0].Start}-{s[^1].End}";
        for (var g = 0; g < gold.Count; g++)
        {
            if (matchedG.Contains(g)) continue;
            var a = gold[g];
            var best = predicted.Select((p, i) => (R: PolnearScoring.OverlapRatio(a.Content, p.Content), I: i)).OrderByDescending(x => x.R).FirstOrDefault();
            var near = best.R > 0 ? $"near={best.R:F2}:{T(predicted[best.I].Content)}" : "near=none";
            w.WriteLine($"MISS\t{d.Name}\t{a.Kind}\tsrc=[{T(a.Source)}]\tcue=[{T(a.Cue)}]\t{Context(d.Text, a.Content)}\t{near}\t{(a.Cue.Count > 0 ? a.Cue[0].Start : -1)}-{(a.Cue.Count > 0 ? a.Cue[0].End : -1)}\tgc={At(a.Content)}\tpc={(best.R > 0 ? At(predicted[best.I].Content) : "-")}\tpcue={(best.R > 0 ? At(predicted[best.I].Cue) : "-")}\tpm={(best.R > 0 && matchedP.Contains(best.I) ? 1 : 0)}\t{CueHead(a.Cue, cueScores)}\tacc={(accepted is null ? "-" : a.Cue.Any(c => accepted.Any(x => x >= c.Start && x < c.End)) ? "1" : "0")}");
        }
        for (var p = 0; p < predicted.Count; p++)
        {
            if (matchedP.Contains(p)) continue;
            var a = predicted[p];
            var best = gold.Select((x, i) => (R: PolnearScoring.OverlapRatio(x.Content, a.Content), I: i)).OrderByDescending(x => x.R).FirstOrDefault();
            var near = best.R > 0 ? $"near={best.R:F2}:{T(gold[best.I].Content)}" : "near=none";
            w.WriteLine($"FP\t{d.Name}\t{a.Kind}\tsrc=[{T(a.Source)}]\tcue=[{T(a.Cue)}]\t{Context(d.Text, a.Content)}\t{near}");
        }
        foreach (var (g, p) in align.Pairs)
        {
            var a = gold[g]; var b = predicted[p];
            w.WriteLine($"HIT\t{d.Name}\t{b.Kind}\tsrc=[{T(b.Source)}]\tcue=[{T(b.Cue)}]");
            if (a.HasSource && !a.Source.Any(s => b.Source.Any(x => x.Overlaps(s))))
                w.WriteLine($"SPKR\t{d.Name}\t{a.Kind}\tgold=[{T(a.Source)}]\tpred=[{T(b.Source)}]\t{Context(d.Text, a.Content)}\t{At(a.Source)} {At(b.Source)} {At(a.Content)} {At(b.Content)}");
            if (a.Cue.Count > 0 && !a.Cue.Any(s => b.Cue.Any(x => x.Overlaps(s))))
                w.WriteLine($"CUE\t{d.Name}\t{a.Kind}\tgold=[{T(a.Cue)}]\tpred=[{T(b.Cue)}]\t{Context(d.Text, a.Content)}");
            if (Trim(d.Text, a.Content) != Trim(d.Text, b.Content))
                w.WriteLine($"BOUND\t{d.Name}\t{a.Kind}\tgold=[{T(a.Content)}]\tpred=[{T(b.Content)}]");
        }
    }

    // The best-scored word of a gold cue by the cue model, "word:p" (the last MISS field), or "-" without scores.
    private static string CueHead(IReadOnlyList<Span> cue, IReadOnlyList<(string Word, int Start, double Probability)>? scores)
    {
        if (scores is null || cue.Count == 0) return "-";
        var best = scores.Where(x => cue.Any(c => x.Start >= c.Start && x.Start < c.End)).OrderByDescending(x => x.Probability).FirstOrDefault();
        return best.Word is null ? "-" : $"{best.Word}:{best.Probability:F2}:lex{CueLexicon.Default.CueCount(best.Word)}";
    }

    private static string Trim(string text, IReadOnlyList<Span> s) =>
        string.Join("|", s.Select(x => text[x.Start..x.End].Trim().Trim(',', '.', ';', ':', '!', '?', '"', '“', '”', '‘', '’', ' ')));

    private static string Context(string text, IReadOnlyList<Span> spans)
    {
        var s = spans[0].Start; var e = spans[^1].End;
        var ls = text.LastIndexOf('\n', Math.Max(0, s - 1)) + 1;
        var le = text.IndexOf('\n', e); if (le < 0) le = text.Length;
        ls = Math.Max(ls, s - 200); le = Math.Min(le, e + 120);
        return (text[ls..s] + "<<" + text[s..e] + ">>" + text[e..le]).Replace('\n', ' ');
    }
}

/// <summary>Learns the quotes stage's models (<see cref="QuoteModels"/>) from a split's gold attributions, or checks
/// that the shipped files are what learning gives today.</summary>
public static class ModelTraining
{
    /// <summary>L2 shrinkage per update of the shipped models (chosen on a held-out fifth of TRAIN: see
    /// docs/EVALUATION.md, "Rebuilding and checking the quote models").</summary>
    public const double L2 = 1e-6;

    private static readonly string[] Files = ["quote-cue-model.tsv", "quote-end-model.tsv"];

    private static string[] Texts(IReadOnlyList<PolnearDocument> docs, IReadOnlyList<AnalyzedArticle> analyzed, int holdout, double l2)
    {
        var source = $"PolNeAR {docs[0].Split} ({docs.Count} articles{(holdout >= 0 ? $", fifth {holdout} held out" : "")})";
        var articles = docs.Select((d, i) => (analyzed[i], (IReadOnlyList<(IReadOnlyList<Span>, IReadOnlyList<Span>)>)d.Attributions.Select(a => (a.Cue, a.Content)).ToList()));
        var (cue, end) = QuoteTraining.TrainModels(articles, source, l2);
        return [cue, end];
    }

    /// <summary>--train-models DIR: writes both files (UTF-8 without a byte-order mark, '\n' line ends).</summary>
    public static void Run(IReadOnlyList<PolnearDocument> docs, IReadOnlyList<AnalyzedArticle> analyzed, string dir, int holdout, double l2)
    {
        var texts = Texts(docs, analyzed, holdout, l2);
        Directory.CreateDirectory(dir);
        for (var i = 0; i < Files.Length; i++)
        {
            var path = Path.Combine(dir, Files[i]);
            File.WriteAllText(path, texts[i], new System.Text.UTF8Encoding(false));
            Console.WriteLine($"{path}: {texts[i].Split('\n')[0]}");
        }
    }

    /// <summary>--check-models DIR: learns both models in memory and compares them byte for byte with DIR's files.
    /// Returns false (the tool exits 1) when a file is missing or differs, after saying where.</summary>
    public static bool Check(IReadOnlyList<PolnearDocument> docs, IReadOnlyList<AnalyzedArticle> analyzed, string dir, int holdout, double l2)
    {
        var texts = Texts(docs, analyzed, holdout, l2);
        var same = true;
        for (var i = 0; i < Files.Length; i++)
        {
            var path = Path.Combine(dir, Files[i]);
            if (!File.Exists(path)) { Console.WriteLine($"{path}: MISSING"); same = false; continue; }
            var shipped = File.ReadAllText(path, new System.Text.UTF8Encoding(false));
            if (shipped == texts[i]) { Console.WriteLine($"{path}: identical to what training gives"); continue; }
            same = false;
            var want = texts[i].Split('\n');
            var have = shipped.Split('\n');
            var first = Enumerable.Range(0, Math.Min(want.Length, have.Length)).FirstOrDefault(k => want[k] != have[k], Math.Min(want.Length, have.Length));
            var differing = want.Except(have, StringComparer.Ordinal).Count();
            Console.WriteLine($"{path}: DIFFERS ({differing} of {want.Length} trained lines are not in the file; first difference at line {first + 1})");
            Console.WriteLine($"  trained: {(first < want.Length ? want[first] : "(end of text)")}");
            Console.WriteLine($"  shipped: {(first < have.Length ? have[first] : "(end of file)")}");
        }
        if (!same) Console.WriteLine("The shipped models are not what the committed command gives: retrain with --train-models (see docs/EVALUATION.md).");
        return same;
    }

    /// <summary>Precision and recall of the cue model on a split's words (use with --fold on held-out articles).</summary>
    public static void Report(IReadOnlyList<PolnearDocument> docs, IReadOnlyList<AnalyzedArticle> analyzed, QuoteModels models)
    {
        var scored = new List<(double P, bool Label)>();
        for (var i = 0; i < docs.Count; i++)
        {
            var (c, _) = QuoteTraining.Examples(analyzed[i], docs[i].Attributions.Select(a => (a.Cue, a.Content)).ToList());
            scored.AddRange(c.Select(x => (models.CueModel?.Probability(x.Features) ?? 0, x.Label)));
        }
        var gold = scored.Count(x => x.Label);
        foreach (var t in new[] { 0.2, 0.3, 0.35, 0.4, 0.5, 0.6 })
        {
            var pred = scored.Count(x => x.P >= t);
            var hit = scored.Count(x => x.P >= t && x.Label);
            Console.WriteLine($"cue heads: threshold {t:F2} P {(double)hit / Math.Max(1, pred):F3} R {(double)hit / gold:F3} (gold {gold}, predicted {pred})");
        }
    }

    private static void Save(LogisticModel m, string path, string header)
    {
        using var w = new StreamWriter(path);
        m.Write(w, header);
        Console.WriteLine($"{path}: {m.FeatureCount} features; {header}");
    }
}
