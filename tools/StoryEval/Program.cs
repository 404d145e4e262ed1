// Story clustering on ECB+ TRAIN topics only (development aid; dev is scored by `triangulate eval ecbplus`).
//   dotnet run --project tools/StoryEval -c Release -- ../shared/eval/ecbplus [--errors [--rev]] [--orders N] [--fold odd|even]
// Streams the analysed train documents through StoryClusterer in id order, reversed order and N shuffled orders,
// and prints pairwise / B³ F1 for each; --errors lists wrong joins, new stories whose gold story existed, mixed and
// split stories (of the id order, or of the reversed one with --rev). Option overrides: see below.
// Analysis modes (each prints and exits): --offline (average/single-link clustering over all pairs, an upper bound
// for the features; slow), --pairs (separability of same- vs other-half document pairs within a topic), --contrast
// (features frequent in one half of a topic and rare in the other), --dates, --entities T1,T2, --features DOC.
// Learned join score (StoryJoin): --train-join / --check-join FILE, --train-pairs FILE, --pair-auc (see below).
using System.Globalization;
using Triangulate.Documents;
using Triangulate.Evaluation.Data;
using Triangulate.Evaluation.Scoring;
using Triangulate.Fusion.Stories;
using Triangulate.Extraction.Quotes;
using Triangulate.Pipeline;

var root = args.Length > 0 ? args[0] : "../shared/eval/ecbplus";
var errors = args.Contains("--errors");
var orders = args.SkipWhile(a => a != "--orders").Skip(1).Select(int.Parse).FirstOrDefault(3);
string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var options = Parse(args, new StoryOptions());
// option overrides for sweeps on train: --join 0.25 --participants|--no-participants --participant-weight 1.5 --year-bonus 0.05
// --year-penalty 0.15 --no-gate --name-penalty 0.3 --max-postings 64 --merge 0.45 --merge-centroid 0.7; lead test: --lead|--no-lead
// --lead-sentences 1 --lead-repeats 2 --lead-share 0.5 --lead-min 1 --lead-numbers; names by majority case: --majority|--no-majority; learned join:
// --learned [--join-model FILE] --join-prob 0.1 --join-prob-below 0.9 --band-low 0.25 --band-high 0.45 --link --link-members 10
// seed rule: --seed 0.35 --seed-articles 1; split re-check (on by default): --split|--no-split [--split-names] --split-ratio 0.8 --split-min 3 --split-max 40
static StoryOptions Parse(IReadOnlyList<string> a, StoryOptions o)
{
    string? Value(string name) => a.SkipWhile(x => x != name).Skip(1).FirstOrDefault();
    static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);
    (string Flag, Func<StoryOptions, StoryOptions> Set)[] switches =
    [
        ("--participants", o => o with { Participants = true }), ("--no-participants", o => o with { Participants = false }),
        ("--no-gate", o => o with { NameConflicts = false }), ("--learned", o => o with { LearnedJoin = true }),
        ("--link", o => o with { LearnedLink = true }), ("--lead", o => o with { LeadConflicts = true }),
        ("--majority", o => o with { NamesByMajority = true }), ("--no-majority", o => o with { NamesByMajority = false }),
        ("--no-lead", o => o with { LeadConflicts = false }), ("--lead-numbers", o => o with { LeadNumbers = true }),
        ("--split", o => o with { SplitCheck = true }), ("--no-split", o => o with { SplitCheck = false }),
        ("--split-names", o => o with { SplitNames = true }),
    ];
    (string Flag, Func<StoryOptions, double, StoryOptions> Set)[] numbers =
    [
        ("--max-postings", (o, v) => o with { MaxPostings = (int)v }), ("--join", (o, v) => o with { JoinThreshold = v }),
        ("--year-bonus", (o, v) => o with { SharedYearBonus = v }), ("--year-penalty", (o, v) => o with { YearConflictPenalty = v }),
        ("--name-penalty", (o, v) => o with { NameConflictPenalty = v }), ("--participant-weight", (o, v) => o with { ParticipantWeight = v }),
        ("--name-weight", (o, v) => o with { NameWeight = v }), ("--merge", (o, v) => o with { MergeThreshold = v }),
        ("--merge-centroid", (o, v) => o with { MergeCentroid = v }), ("--link-members", (o, v) => o with { LinkMembers = (int)v }),
        ("--band-low", (o, v) => o with { LearnedLow = v }), ("--band-high", (o, v) => o with { LearnedHigh = v }),
        ("--lead-sentences", (o, v) => o with { LeadSentences = (int)v }), ("--lead-repeats", (o, v) => o with { LeadNameRepeats = (int)v }),
        ("--lead-share", (o, v) => o with { LeadShare = v }), ("--lead-min", (o, v) => o with { LeadMinArticles = (int)v }),
        ("--join-prob", (o, v) => o with { JoinProbability = v }), ("--join-prob-below", (o, v) => o with { JoinProbabilityBelow = v }),
        ("--seed", (o, v) => o with { SeedThreshold = v }), ("--seed-articles", (o, v) => o with { SeedArticles = (int)v }),
        ("--split-min", (o, v) => o with { SplitMinGroup = (int)v }), ("--split-max", (o, v) => o with { SplitMaxArticles = (int)v }),
        ("--split-ratio", (o, v) => o with { SplitRatio = v }),
    ];
    foreach (var (flag, set) in switches) if (a.Contains(flag)) o = set(o);
    foreach (var (flag, set) in numbers) if (Value(flag) is { } v) o = set(o, Num(v));
    if (Value("--join-model") is { } jm) { using var r = new StreamReader(jm); o = o with { JoinModel = LogisticModel.Read(r) }; }
    return o;
}
// --fold odd|even: only the odd- or even-numbered train topics (a check that a gain is not carried by a few topics)
var fold = Arg("--fold");
// --topic N: one train topic only (to look at its errors)
var onlyTopic = Arg("--topic") is { } ot ? int.Parse(ot, CultureInfo.InvariantCulture) : (int?)null;
var corpus = EcbPlusReader.Read(root, t => !EcbCorpus.IsDev(t) && (fold is null || (t % 2 == 1) == (fold == "odd")) && (onlyTopic is null || t == onlyTopic));
var docs = corpus.Train.OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
var articles = docs.Select(d => new Article { Id = d.Name, Source = d.Name, Text = d.Text }).ToList();
var clock = System.Diagnostics.Stopwatch.StartNew();
var analyzed = PipelineBuilder.Default().Build().AnalyzeAll(articles);
Console.Error.WriteLine($"analysed {docs.Count} train documents in {clock.Elapsed.TotalSeconds:0}s");
var gold = docs.ToDictionary(d => d.Name, d => d.SubTopic, StringComparer.Ordinal);

var features = analyzed.Select(d => StoryFeatures.Of(d, identity: true, leadSentences: options.LeadSentences)).ToList();
if (Arg("--features") is { } fdoc)
{
    var i = docs.FindIndex(d => d.Name == fdoc || d.Name == fdoc + ".xml");
    var idf = new StreamIdf(options.Background);
    foreach (var fs in features) idf.Observe(fs);
    Console.WriteLine(string.Join(" ", features[i].OrderByDescending(f => f.Weight * options.KindWeight(f.Kind) * idf.Of(f.Key)).Select(f => $"{f.Key}({f.Kind.ToString()[0]} {f.Weight * options.KindWeight(f.Kind) * idf.Of(f.Key):0.0})")));
    Console.WriteLine(string.Join(" | ", analyzed[i].Removed.Select(r => r.Kind + ": " + analyzed[i].Text[r.Start..r.End].Replace("\n", " ")[..Math.Min(80, r.End - r.Start)])));
    return;
}
// --train-join FILE [--fold odd|even] [--orders N] [--on-policy] [--train-subsets N] [--keep P,..] [--drop S,..] [--l2 X]:
// trains the learned join score (StoryJoin) on the (fold's) train topics, streamed in id order, reversed and N
// shuffled orders, with teacher forcing (gold placement) or --on-policy (placed by the cosine clusterer, a candidate
// labelled by its majority gold story), on the candidates in the options' band; writes the model; with
// --check-join FILE it compares instead and exits 1 on a difference. The shipped model:
//   dotnet tools/StoryEval/bin/Release/net10.0/StoryEval.dll ../shared/eval/ecbplus --orders 4 --learned --on-policy \
//       --drop None,year --l2 0.01 --train-join src/Triangulate/Resources/story-join-model.tsv
// feature selection for the trainers: --keep p1,p2 keeps the features with these prefixes only, --drop s1,s2 leaves out
// those containing one of these (the model ignores features it has no weight for)
List<(string[] Features, bool Label)> SelectFeatures(List<(string[] Features, bool Label)> examples)
{
    var prefixes = Arg("--keep")?.Split(',');
    var parts = Arg("--drop")?.Split(',');
    return examples.Select(e => (e.Features
        .Where(f => prefixes is null || prefixes.Any(p => f.StartsWith(p, StringComparison.Ordinal)))
        .Where(f => parts is null || !parts.Any(p => f.Contains(p, StringComparison.Ordinal))).ToArray(), e.Label)).ToList();
}
LogisticModel TrainModel(List<(string[] Features, bool Label)> examples)
    => LogisticModel.Train(examples, epochs: 10, l2: Arg("--l2") is { } l2s ? double.Parse(l2s, CultureInfo.InvariantCulture) : 1e-6,
        minCount: 5, prune: 0.01);
// --train-pairs FILE | --pair-auc (with --join-model FILE): article-article pairs within each topic (labels: same
// sub-topic), features of StoryJoin with the whole (fold's) stream observed; trains a model, or prints the AUC of the
// cosine and of the given model on the pairs
if (Arg("--train-pairs") is { } pairFile || args.Contains("--pair-auc"))
{
    var c = new StoryClusterer(options);
    for (var i = 0; i < docs.Count; i++) c.Keep(docs[i].Name, features[i]);
    var pairs = new List<(string[] Features, double Cosine, bool Label)>();
    for (var i = 0; i < docs.Count; i++)
        for (var j = 0; j < docs.Count; j++)
            if (i != j && docs[i].Topic == docs[j].Topic)
            {
                var (fs, cos) = c.PairFeatures(docs[i].Name, docs[j].Name);
                if (cos >= 0.1) pairs.Add((fs, cos, gold[docs[i].Name] == gold[docs[j].Name]));
            }
    static double Auc(IReadOnlyList<(double Score, bool Label)> xs)
    {
        var neg = xs.Where(x => !x.Label).Select(x => x.Score).Order().ToArray();
        double wins = 0; var pos = 0;
        foreach (var (sc, l) in xs) if (l) { pos++; var lo = Array.BinarySearch(neg, sc); wins += lo < 0 ? ~lo : lo; }
        return wins / pos / neg.Length;
    }
    Console.WriteLine($"{pairs.Count} pairs ({pairs.Count(p => p.Label)} same); cosine AUC {Auc(pairs.Select(p => (p.Cosine, p.Label)).ToList()):0.000}");
    if (options.JoinModel is { } jm)
        Console.WriteLine($"model AUC {Auc(pairs.Select(p => (jm.Probability(p.Features), p.Label)).ToList()):0.000}");
    if (Arg("--train-pairs") is { } pf)
    {
        var ex = SelectFeatures(pairs.Select(p => (p.Features, p.Label)).ToList());
        var m = TrainModel(ex);
        Console.WriteLine($"in-sample model AUC {Auc(pairs.Select(p => (m.Probability(p.Features), p.Label)).ToList()):0.000}");
        File.WriteAllText(pf, m.ToText("Pairwise story-join model; rebuild: dotnet tools/StoryEval/bin/Release/net10.0/StoryEval.dll "
            + string.Join(' ', args.Select(x => x == pf ? "FILE" : x))));
    }
    return;
}
if ((Arg("--train-join") ?? Arg("--check-join")) is { } joinFile)
{
    var examples = new List<(string[] Features, bool Label)>();
    var trainOrders = new List<List<int>> { Enumerable.Range(0, docs.Count).ToList(), Enumerable.Range(0, docs.Count).Reverse().ToList() };
    for (var s = 0; s < orders; s++) { var rng = new Random(s + 1); trainOrders.Add(Enumerable.Range(0, docs.Count).OrderBy(_ => rng.Next()).ToList()); }
    // --train-subsets N: also N streams of 8 random topics each in id order (the size of the dev split and of a day's
    // news in a small store): idf, blocking and the cosines run differently in a short stream than in a long one
    var trainSubsets = Arg("--train-subsets") is { } tsn ? int.Parse(tsn, CultureInfo.InvariantCulture) : 0;
    var allTopics = docs.Select(d => d.Topic).Distinct().Order().ToList();
    for (var k = 0; k < trainSubsets; k++)
    {
        var rng = new Random(5000 + k);
        var chosen = allTopics.OrderBy(_ => rng.Next()).Take(8).ToHashSet();
        trainOrders.Add(Enumerable.Range(0, docs.Count).Where(i => chosen.Contains(docs[i].Topic)).ToList());
    }
    foreach (var order in trainOrders)
    {
        var c = new StoryClusterer(options);
        foreach (var i in order) examples.AddRange(c.AddSupervised(docs[i].Name, features[i], gold[docs[i].Name], !args.Contains("--on-policy"),
            Arg("--train-low") is { } tl ? double.Parse(tl, CultureInfo.InvariantCulture) : null));
    }
    examples = SelectFeatures(examples);
    var model = TrainModel(examples);
    var header = $"Learned story join score (Fusion/Stories/StoryJoin), trained on ECB+ train topics{(fold is null ? "" : " (" + fold + " only)")}:\n"
        + $"{examples.Count} candidate pairs ({examples.Count(e => e.Label)} joins) from {trainOrders.Count} streams ({(args.Contains("--on-policy") ? "placed by the cosine clusterer" : "teacher forcing")}).\n"
        + "Rebuild: dotnet tools/StoryEval/bin/Release/net10.0/StoryEval.dll " + string.Join(' ', args.Select(x => x == joinFile ? "FILE" : x.Replace("--check-join", "--train-join")));
    var text = model.ToText(header);
    Console.Error.WriteLine($"{examples.Count} examples, {examples.Count(e => e.Label)} positive, {model.FeatureCount} weights");
    if (Arg("--check-join") is not null)
    {
        var same = File.Exists(joinFile) && File.ReadAllText(joinFile) == text;
        Console.WriteLine(same ? $"{joinFile}: same" : $"{joinFile}: DIFFERS from what training gives");
        Environment.Exit(same ? 0 : 1);
    }
    File.WriteAllText(joinFile, text);
    Console.WriteLine(text);
    return;
}
if (Arg("--entities") is { } which)
{
    foreach (var i in Enumerable.Range(0, docs.Count).Where(i => which.Split(',').Any(w => docs[i].Name.StartsWith(w + "_") || docs[i].Name == w + ".xml")))
    {
        var ents = analyzed[i].Mentions.GroupBy(mm => mm.Entity).Select(g => (canon: g.First().Canonical, kind: g.First().Kind, n: g.Count(), forms: string.Join("/", g.Select(mm => mm.Form).Distinct())))
            .OrderByDescending(e => e.n).Take(8);
        Console.WriteLine($"{docs[i].Name,-16} " + string.Join("; ", ents.Select(e => $"{e.canon} [{e.kind} {e.n} {e.forms}]")));
    }
    return;
}
// unit tf-idf vectors of all train documents, idf over the whole split (the analysis modes are offline)
(List<Dictionary<string, double>>, Dictionary<string, int>, Func<string, double>) UnitVectors()
{
    var bg = BackgroundFrequencies.Default;
    var dfs = new Dictionary<string, int>();
    foreach (var fs in features) foreach (var f in fs) dfs[f.Key] = dfs.GetValueOrDefault(f.Key) + 1;
    double Idf(string k) { var b = k.StartsWith("y:") ? k[2..] : k; return Math.Log((bg.Documents + docs.Count + 1.0) / (bg.Of(b) + dfs[k] + 0.5)); }
    var vecs = features.Select(fs =>
    {
        var v = fs.ToDictionary(f => f.Key, f => f.Weight * options.KindWeight(f.Kind) * Idf(f.Key));
        var n = Math.Sqrt(v.Values.Sum(x => x * x));
        return v.ToDictionary(x => x.Key, x => x.Value / n);
    }).ToList();
    return (vecs, dfs, Idf);
}
if (args.Contains("--pairs"))
{
    var (vecs, dfs, Idf) = UnitVectors();
    var keysets = features.Select(fs => fs.Select(f => f.Key).ToHashSet()).ToList();
    var leadN = int.Parse(Environment.GetEnvironmentVariable("LEAD") ?? "50");
    var leads = analyzed.Select(a =>
    {
        var ws = Triangulate.Fusion.FusionText.BodyWords(a).Where(w => w.Kind == TokenKind.Word && !StoryFeatures.StopWords.Contains(w.Lower) && w.Lower.Length >= 3).Take(leadN).Select(w => w.Lower).ToList();
        var v = ws.GroupBy(w => w).ToDictionary(g => g.Key, g => (1 + Math.Log(g.Count())) * (dfs.ContainsKey(g.Key) ? Idf(g.Key) : 1));
        var n = Math.Sqrt(v.Values.Sum(x => x * x)); return v.ToDictionary(x => x.Key, x => x.Value / Math.Max(n, 1e-9));
    }).ToList();
    var salient = features.Select(fs => fs.Where(f => f.Kind == FeatureKind.Participant && f.Weight >= 1.6).OrderByDescending(f => f.Weight).Take(2).Select(f => f.Key).ToHashSet()).ToList();
    var years = features.Select(fs => fs.Where(f => f.Key.StartsWith("y:")).OrderByDescending(f => f.Weight).Select(f => f.Key).ToList()).ToList();
    var rows = new List<(bool same, double cos, double shared, double missing, double yearConflict, double sharedRareNames)>();
    for (var i = 0; i < docs.Count; i++) for (var j = i + 1; j < docs.Count; j++)
    {
        if (docs[i].Topic != docs[j].Topic) continue;
        double d = 0; foreach (var (k, x) in vecs[i]) if (vecs[j].TryGetValue(k, out var y)) d += x * y;
        double Missing(int a, int b) => salient[a].Where(k => !keysets[b].Contains(k)).Select(Idf).DefaultIfEmpty(0).Max();
        var miss = Math.Min(Missing(i, j), Missing(j, i));
        var sh = salient[i].Intersect(salient[j]).Sum(Idf);
        var yc = years[i].Count > 0 && years[j].Count > 0 ? (years[i].Intersect(years[j]).Any() ? -1 : 1) : 0;
        var rare = features[i].Where(f => f.Kind == FeatureKind.Name && keysets[j].Contains(f.Key) && dfs[f.Key] <= 30).Sum(f => Idf(f.Key));
        double ld = 0; foreach (var (k, x) in leads[i]) if (leads[j].TryGetValue(k, out var y)) ld += x * y;
        rows.Add((docs[i].SubTopic == docs[j].SubTopic, d, ld, miss, yc, rare));
    }
    double Auc(Func<(bool same, double cos, double shared, double missing, double yearConflict, double sharedRareNames), double> score)
    {
        var pos = rows.Where(r => r.same).Select(score).ToArray(); var neg = rows.Where(r => !r.same).Select(score).ToArray();
        double wins = 0; foreach (var p in pos) foreach (var q in neg) wins += p > q ? 1 : p == q ? 0.5 : 0;
        return wins / pos.Length / neg.Length;
    }
    foreach (var t in (Environment.GetEnvironmentVariable("TOPICS") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse))
        for (var i = 0; i < docs.Count; i++)
        {
            if (docs[i].Topic != t) continue;
            double Cos(int a, int b) { double d = 0; foreach (var (k, x) in vecs[a]) if (vecs[b].TryGetValue(k, out var y)) d += x * y; return d; }
            var sameC = Enumerable.Range(0, docs.Count).Where(j => j != i && docs[j].SubTopic == docs[i].SubTopic).Select(j => Cos(i, j)).ToList();
            var otherC = Enumerable.Range(0, docs.Count).Where(j => docs[j].Topic == t && docs[j].SubTopic != docs[i].SubTopic).Select(j => Cos(i, j)).ToList();
            Console.WriteLine($"{docs[i].Name,-16} same mean {sameC.Average():0.00} min {sameC.Min():0.00} | other mean {otherC.Average():0.00} max {otherC.Max():0.00} | salient {string.Join(",", salient[i].Take(6))} years {string.Join(",", years[i].Take(3))}");
        }
    Console.WriteLine($"pairs same {rows.Count(r => r.same)} other-half {rows.Count(r => !r.same)}");
    Console.WriteLine($"AUC cos {Auc(r => r.cos):0.000} lead {Auc(r => r.shared):0.000} cos+lead {Auc(r => r.cos + r.shared):0.000} -missing {Auc(r => -r.missing):0.000} -yearConflict {Auc(r => -r.yearConflict):0.000} sharedRare {Auc(r => r.sharedRareNames):0.000}");
    {
        var X = rows.Select(r => new[] { 1, r.cos, r.shared, Math.Min(r.missing, 8) / 8, r.yearConflict == 1 ? 1 : 0, r.yearConflict == -1 ? 1 : 0, Math.Min(r.sharedRareNames, 40) / 40 }).ToArray();
        var Y = rows.Select(r => r.same ? 1.0 : 0).ToArray();
        var wts = new double[X[0].Length];
        for (var it = 0; it < 3000; it++)
        {
            var g = new double[wts.Length];
            for (var n = 0; n < X.Length; n++) { var z = 0.0; for (var k = 0; k < wts.Length; k++) z += wts[k] * X[n][k]; var p = 1 / (1 + Math.Exp(-z)); for (var k = 0; k < wts.Length; k++) g[k] += (p - Y[n]) * X[n][k]; }
            for (var k = 0; k < wts.Length; k++) wts[k] -= 2.0 * g[k] / X.Length;
        }
        var sc = X.Select(x => x.Zip(wts).Sum(q => q.First * q.Second)).ToArray();
        var pos = Enumerable.Range(0, rows.Count).Where(n => rows[n].same).Select(n => sc[n]).ToArray();
        var neg = Enumerable.Range(0, rows.Count).Where(n => !rows[n].same).Select(n => sc[n]).Order().ToArray();
        double wins = 0; foreach (var p in pos) { var lo = Array.BinarySearch(neg, p); wins += lo < 0 ? ~lo : lo; }
        Console.WriteLine("LR weights " + string.Join(" ", wts.Select(w => w.ToString("0.00"))) + $" AUC {wins / pos.Length / neg.Length:0.000}");
    }
    foreach (var yc in new[] { -1, 0, 1 }) Console.WriteLine($"yearConflict {yc}: same {rows.Count(r => r.same && r.yearConflict == yc)} other {rows.Count(r => !r.same && r.yearConflict == yc)}");
    foreach (var th in new[] { 0.001, 2.0, 3, 4, 5, 6 }) Console.WriteLine($"missing >= {th}: same {rows.Count(r => r.same && r.missing >= th)} other {rows.Count(r => !r.same && r.missing >= th)}");
    return;
}
// --leads: how often event specifics stated in the lead (headline and first body sentences) conflict between two
// articles of one topic, for pairs of the same sub-topic and of the other one (error analysis for issue 5)
if (args.Contains("--leads"))
{
    var leadSentences = int.Parse(Environment.GetEnvironmentVariable("LEADS") ?? "2", CultureInfo.InvariantCulture);
    var info = analyzed.Select((a, i) =>
    {
        var lead = StoryFeatures.LeadSentences(a, leadSentences);
        bool InLead(int pos) => lead.Any(s => pos >= s.Start && pos < s.End);
        var words = Triangulate.Fusion.FusionText.BodyWords(a);
        var nameKeys = features[i].Where(f => f.Kind == FeatureKind.Name).Select(f => f.Key).ToHashSet();
        var all = features[i].Select(f => f.Key).ToHashSet();
        var leadNames = words.Where(w => InLead(w.Start) && w.Capitalized && w.Kind == TokenKind.Word && nameKeys.Contains(w.Lower)
            && !lead.Any(s => s.Start == w.Start)).Select(w => w.Lower).ToHashSet();
        var nums = a.Quantities.Where(q => q.Value is { } v && !(v is >= 1900 and <= 2099 && v == Math.Floor(v))).ToList();
        var leadNums = nums.Where(q => InLead(q.Start)).Select(q => q.Value!.Value).ToHashSet();
        var allNums = nums.Select(q => q.Value!.Value).ToHashSet();
        var date = a.Times.Where(t => t.Type == TimeType.Date && t.Value is { Length: 10 } v && char.IsDigit(v[0]) && InLead(t.Start))
            .Select(t => DateOnly.TryParse(t.Value, CultureInfo.InvariantCulture, out var d) ? d : (DateOnly?)null).FirstOrDefault(d => d is not null);
        var counts = features[i].Where(f => f.Kind == FeatureKind.Name).ToDictionary(f => f.Key, f => f.Weight);
        return (leadNames, all, leadNums, allNums, date, counts, lead: string.Join(" / ", lead.Select(s => a.Text[s.Start..s.End].Replace('\n', ' '))));
    }).ToList();
    var stats = new Dictionary<string, (int Same, int Other)>();
    var perTopic = new Dictionary<(int, string), (int Same, int Other, int N)>();
    void Tally(string k, bool same, int topic, bool fired)
    {
        var c = stats.GetValueOrDefault(k); if (fired) c = same ? (c.Same + 1, c.Other) : (c.Same, c.Other + 1); stats[k] = c;
        var t = perTopic.GetValueOrDefault((topic, k)); perTopic[(topic, k)] = (t.Same + (fired && same ? 1 : 0), t.Other + (fired && !same ? 1 : 0), t.N + (same ? 0 : 1));
    }
    int nSame = 0, nOther = 0;
    for (var i = 0; i < docs.Count; i++) for (var j = i + 1; j < docs.Count; j++)
    {
        if (docs[i].Topic != docs[j].Topic) continue;
        var same = docs[i].SubTopic == docs[j].SubTopic;
        if (same) nSame++; else nOther++;
        var (x, y) = (info[i], info[j]);
        var name = x.leadNames.Any(k => !y.all.Contains(k)) && y.leadNames.Any(k => !x.all.Contains(k));
        bool Weak(HashSet<string> ln, Dictionary<string, double> cs, string k, double r) => !ln.Contains(k) && cs.GetValueOrDefault(k) < 1 + Math.Log(r) - 1e-9;
        bool Rep(Dictionary<string, double> cs, string k) => cs.GetValueOrDefault(k) >= 1 + Math.Log(2) - 1e-9;
        var name2 = x.leadNames.Any(k => Rep(x.counts, k) && Weak(y.leadNames, y.counts, k, 2)) && y.leadNames.Any(k => Rep(y.counts, k) && Weak(x.leadNames, x.counts, k, 2));
        var name3 = x.leadNames.Any(k => Rep(x.counts, k) && Weak(y.leadNames, y.counts, k, 3)) && y.leadNames.Any(k => Rep(y.counts, k) && Weak(x.leadNames, x.counts, k, 3));
        var nameR = x.leadNames.Any(k => Rep(x.counts, k) && !y.all.Contains(k)) && y.leadNames.Any(k => Rep(y.counts, k) && !x.all.Contains(k));
        Tally("lead name repeated, absent", same, docs[i].Topic, nameR);
        Tally("lead name rep., other weak<2", same, docs[i].Topic, name2);
        Tally("lead name rep., other weak<3", same, docs[i].Topic, name3);
        var num = x.leadNums.Count > 0 && y.leadNums.Count > 0 && !x.leadNums.Any(y.allNums.Contains) && !y.leadNums.Any(x.allNums.Contains);
        var numLead = x.leadNums.Count > 0 && y.leadNums.Count > 0 && !x.leadNums.Overlaps(y.leadNums);
        var date = x.date is { } dx && y.date is { } dy && Math.Abs(dx.DayNumber - dy.DayNumber) > 30;
        var bothDated = x.date is not null && y.date is not null;
        Tally("lead name", same, docs[i].Topic, name);
        Tally("lead number (absent anywhere)", same, docs[i].Topic, num);
        Tally("lead numbers disjoint", same, docs[i].Topic, numLead);
        Tally("lead date > 30 days", same, docs[i].Topic, date);
        Tally("both lead-dated", same, docs[i].Topic, bothDated);
        Tally("any of name/num/date", same, docs[i].Topic, name || num || date);
    }
    Console.WriteLine($"pairs: same {nSame}, other {nOther}");
    foreach (var (k, c) in stats) Console.WriteLine($"{k,-32} same {c.Same,5} ({100.0 * c.Same / nSame:0.0}%)  other {c.Other,5} ({100.0 * c.Other / nOther:0.0}%)");
    foreach (var t in docs.Select(d => d.Topic).Distinct().Order())
        Console.WriteLine($"topic {t,2}: " + string.Join(" | ", stats.Keys.Select(k => perTopic.TryGetValue((t, k), out var c) ? $"{k.Split(' ')[1]} s{c.Same} o{c.Other}/{c.N}" : "")));
    if (Environment.GetEnvironmentVariable("SHOW") is { } show)
        for (var i = 0; i < docs.Count; i++)
            if (show.Split(',').Contains(docs[i].Topic.ToString(CultureInfo.InvariantCulture)))
                Console.WriteLine($"{docs[i].Name,-16} names {string.Join(",", info[i].leadNames)} nums {string.Join(",", info[i].leadNums)} date {info[i].date} | {info[i].lead[..Math.Min(200, info[i].lead.Length)]}");
    return;
}
if (args.Contains("--offline"))
{
    // non-incremental upper bound: average-link agglomerative clustering over all pairs (not the product's method)
    var (vecs, dfs, Idf) = UnitVectors();
    var n0 = docs.Count;
    var sim = new double[n0, n0];
    for (var i = 0; i < n0; i++) for (var j = i + 1; j < n0; j++)
    {
        double d = 0; var (a, b) = vecs[i].Count < vecs[j].Count ? (vecs[i], vecs[j]) : (vecs[j], vecs[i]);
        foreach (var (k, x) in a) if (b.TryGetValue(k, out var y)) d += x * y;
        sim[i, j] = sim[j, i] = d;
    }
    // pair separability within a topic
    var same = new List<double>(); var diff = new List<double>();
    for (var i = 0; i < n0; i++) for (var j = i + 1; j < n0; j++)
        if (docs[i].Topic == docs[j].Topic) (docs[i].SubTopic == docs[j].SubTopic ? same : diff).Add(sim[i, j]);
    same.Sort(); diff.Sort();
    Console.WriteLine($"same-subtopic pairs: median {same[same.Count / 2]:0.00} p10 {same[same.Count / 10]:0.00}; other-half pairs: median {diff[diff.Count / 2]:0.00} p90 {diff[diff.Count * 9 / 10]:0.00}");
    foreach (var link in new[] { "average", "single" })
    foreach (var th in new[] { 0.06, 0.08, 0.10, 0.12, 0.15, 0.2, 0.25 })
    {
        var clusters = Enumerable.Range(0, n0).Select(i => new List<int> { i }).ToList();
        while (true)
        {
            double best = th; int bi = -1, bj = -1;
            for (var i = 0; i < clusters.Count; i++) for (var j = i + 1; j < clusters.Count; j++)
            {
                double s2 = link == "single" ? double.MinValue : 0;
                foreach (var x in clusters[i]) foreach (var y in clusters[j])
                    s2 = link == "single" ? Math.Max(s2, sim[x, y]) : s2 + sim[x, y];
                if (link != "single") s2 /= clusters[i].Count * clusters[j].Count;
                if (s2 > best) { best = s2; bi = i; bj = j; }
            }
            if (bi < 0) break;
            clusters[bi].AddRange(clusters[bj]); clusters.RemoveAt(bj);
        }
        var pred = new Dictionary<string, int>();
        for (var c = 0; c < clusters.Count; c++) foreach (var i in clusters[c]) pred[docs[i].Name] = c;
        var sc = ClusteringScoring.Score(gold, pred);
        Console.WriteLine($"{link} link >= {th:0.00}: pairwise F1 {sc.Pairwise.F1 * 100:0.0} (P {sc.Pairwise.Precision * 100:0.0} R {sc.Pairwise.Recall * 100:0.0}) B3 {sc.BCubed.F1 * 100:0.0} clusters {sc.PredictedClusters}");
        if (link == "single" && th > 0.1) break;
    }
    return;
}
if (args.Contains("--contrast"))
{
    foreach (var t in docs.Select(d => d.Topic).Distinct().Order())
    {
        var a = Enumerable.Range(0, docs.Count).Where(i => docs[i].Topic == t && !docs[i].IsEcbPlus).ToList();
        var b = Enumerable.Range(0, docs.Count).Where(i => docs[i].Topic == t && docs[i].IsEcbPlus).ToList();
        string Top(List<int> x, List<int> y) => string.Join(" ", x.SelectMany(i => features[i].Select(f => f.Key).Distinct()).GroupBy(k => k)
            .Select(g => (g.Key, share: (double)g.Count() / x.Count, other: (double)y.Count(i => features[i].Any(f => f.Key == g.Key)) / y.Count))
            .Where(z => z.share >= 0.4 && z.other <= 0.1).OrderByDescending(z => z.share - z.other).Take(12).Select(z => $"{z.Key}:{z.share:0.0}/{z.other:0.0}"));
        Console.WriteLine($"{t}ecb: {Top(a, b)}");
        Console.WriteLine($"{t}ecbplus: {Top(b, a)}");
    }
    return;
}
if (args.Contains("--dates"))
{
    foreach (var g in Enumerable.Range(0, docs.Count).GroupBy(i => docs[i].SubTopic).OrderBy(g => g.Key, StringComparer.Ordinal))
    {
        var df = g.SelectMany(i => features[i].Where(f => f.Kind == FeatureKind.Date).Select(f => f.Key).Distinct())
            .GroupBy(k => k).OrderByDescending(k => k.Count()).Take(8).Select(k => $"{k.Key}:{k.Count()}");
        var none = g.Count(i => !features[i].Any(f => f.Kind == FeatureKind.Date));
        Console.WriteLine($"{g.Key} ({g.Count()} docs, {none} undated): {string.Join(" ", df)}");
    }
    return;
}
// --grid FILE: one configuration per line (the option flags above; '#' comments): for each, pairwise F1 in id
// order, reversed and N shuffled orders, as mean and spread, and the mean on odd and on even topics (for choosing a
// setting on one half and checking it on the other); with --wcl DIR also NewsWCL50 (id order; a check, never tuned on).
if (Arg("--grid") is { } gridFile)
{
    var wcl = Arg("--wcl") is { } wdir ? NewsWcl50Reader.Read(Path.Combine(wdir, "NewsWCL50.dev.conll")) : null;
    var wclAnalyzed = wcl is null ? null : PipelineBuilder.Default().Build().AnalyzeAll(
        wcl.Select(d => new Article { Id = d.Conll.Key, Source = d.Conll.Key, Text = d.Conll.Text, Outlet = d.Outlet }).ToList());
    var runs = new List<List<int>> { Enumerable.Range(0, docs.Count).ToList(), Enumerable.Range(0, docs.Count).Reverse().ToList() };
    for (var s = 0; s < orders; s++) { var rng = new Random(s + 1); runs.Add(Enumerable.Range(0, docs.Count).OrderBy(_ => rng.Next()).ToList()); }
    double F1(Dictionary<string, string> predicted, Func<EcbDocument, bool> keep)
    {
        var kept = docs.Where(keep).Select(d => d.Name).ToList();
        return ClusteringScoring.Score(kept.ToDictionary(n => n, n => gold[n], StringComparer.Ordinal),
            kept.ToDictionary(n => n, n => predicted[n], StringComparer.Ordinal)).Pairwise.F1 * 100;
    }
    var topics = docs.Select(d => d.Topic).Distinct().Order().ToList();
    var subsets = Arg("--subsets") is { } sn ? int.Parse(sn, CultureInfo.InvariantCulture) : 0;
    var subsetTopics = Arg("--subset-topics") is { } st ? int.Parse(st, CultureInfo.InvariantCulture) : 8;
    List<double>? baseSubsets = null;
    Dictionary<int, double>? baseTopics = null; // per-topic mean F1 of the first configuration, to compare the others with
    foreach (var line in File.ReadAllLines(gridFile).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
    {
        var o = Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries), new StoryOptions());
        var scores = runs.Select(order =>
        {
            var c = new StoryClusterer(o);
            foreach (var i in order) c.Add(analyzed[i]);
            var predicted = docs.ToDictionary(d => d.Name, d => c.StoryOf(d.Name)!, StringComparer.Ordinal);
            var perTopic = topics.ToDictionary(t => t, t => F1(predicted, d => d.Topic == t));
            // document pairs of different topics put in one story (per document): what the per-topic scores miss
            var crossTopic = docs.GroupBy(d => predicted[d.Name]).Sum(g => g.GroupBy(d => d.Topic).Select(x => x.Count()).Aggregate((0, 0), (acc, n) => (acc.Item1 + acc.Item2 * n, acc.Item2 + n)).Item1);
            return (all: F1(predicted, _ => true), odd: F1(predicted, d => d.Topic % 2 == 1), even: F1(predicted, d => d.Topic % 2 == 0), perTopic, crossTopic);
        }).ToList();
        if (subsets > 0)
        {
            // dev-sized samples: streams of only `subsetTopics` random train topics each, in id order (as the dev split is
            // scored), so a setting that wins on the whole split but loses badly on some small streams shows its tail
            var sample = Enumerable.Range(0, subsets).Select(k =>
            {
                var rng = new Random(1000 + k);
                var chosen = topics.OrderBy(_ => rng.Next()).Take(subsetTopics).ToHashSet();
                var c = new StoryClusterer(o);
                var idx = Enumerable.Range(0, docs.Count).Where(i => chosen.Contains(docs[i]!.Topic)).ToList();
                foreach (var i in idx) c.Add(analyzed[i]);
                var predicted = idx.ToDictionary(i => docs[i].Name, i => c.StoryOf(docs[i].Name)!, StringComparer.Ordinal);
                return ClusteringScoring.Score(idx.ToDictionary(i => docs[i].Name, i => gold[docs[i].Name], StringComparer.Ordinal), predicted).Pairwise.F1 * 100;
            }).ToList();
            baseSubsets ??= sample;
            var d = sample.Zip(baseSubsets, (x, y) => x - y).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {subsets} samples of {subsetTopics} topics, id order: mean {sample.Average():0.0} | vs first: mean {d.Average():+0.0;-0.0} worse in {d.Count(x => x < -0.5)} better in {d.Count(x => x > 0.5)} p10 {d[d.Count / 10]:+0.0;-0.0} worst {d[0]:+0.0;-0.0}"));
        }
        var topicMeans = topics.ToDictionary(t => t, t => scores.Average(x => x.perTopic[t]));
        baseTopics ??= topicMeans;
        var deltas = topics.Select(t => (t, d: topicMeans[t] - baseTopics[t])).ToList();
        var topicSummary = string.Create(CultureInfo.InvariantCulture,
            $" | topics +{deltas.Count(x => x.d > 0.5)} -{deltas.Count(x => x.d < -0.5)} [{string.Join(' ', deltas.Where(x => Math.Abs(x.d) > 2).OrderBy(x => x.d).Select(x => $"{x.t}:{x.d:+0;-0}"))}] cross {scores.Average(x => x.crossTopic):0}");
        var mean = scores.Average(x => x.all);
        var sd = Math.Sqrt(scores.Sum(x => (x.all - mean) * (x.all - mean)) / (scores.Count - 1));
        var wclF1 = "";
        if (wcl is not null)
        {
            var c = new StoryClusterer(o);
            foreach (var i in Enumerable.Range(0, wcl.Count).OrderBy(i => wcl[i].Conll.Key, StringComparer.Ordinal)) c.Add(wclAnalyzed![i]);
            var s = ClusteringScoring.Score(wcl.ToDictionary(d => d.Conll.Key, d => d.Event.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal),
                wcl.ToDictionary(d => d.Conll.Key, d => c.StoryOf(d.Conll.Key)!, StringComparer.Ordinal));
            wclF1 = string.Create(CultureInfo.InvariantCulture, $" | wcl {s.Pairwise.F1 * 100:0.0}");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"id {scores[0].all:0.0} | mean {mean:0.0} sd {sd:0.0} min {scores.Min(x => x.all):0.0} | odd {scores.Average(x => x.odd):0.0} even {scores.Average(x => x.even):0.0}{wclF1}{topicSummary} | {line}"));
    }
    return;
}
var all = new List<double>();
all.Add(Run("id order", Enumerable.Range(0, docs.Count).ToList(), errors && !args.Contains("--rev")));
all.Add(Run("reversed", Enumerable.Range(0, docs.Count).Reverse().ToList(), errors && args.Contains("--rev")));
var f1s = new List<double>();
for (var s = 0; s < orders; s++)
{
    var rng = new Random(s + 1);
    f1s.Add(Run($"shuffled seed {s + 1}", Enumerable.Range(0, docs.Count).OrderBy(_ => rng.Next()).ToList(), false));
}
all.AddRange(f1s);
if (f1s.Count > 0) Console.WriteLine($"shuffled mean pairwise F1 {f1s.Average() * 100:0.0} (min {f1s.Min() * 100:0.0}); mean over all orders {all.Average() * 100:0.0}");

double Run(string label, List<int> order, bool showErrors)
{
    var c = new StoryClusterer(options);
    var assigned = new Dictionary<string, StoryAssignment>(StringComparer.Ordinal);
    var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
    foreach (var i in order)
    {
        var a = c.Add(analyzed[i]);
        assigned[docs[i].Name] = a;
        if (showErrors && !a.NewStory && members.ContainsKey(a.StoryId))
        {
            var golds = members[a.StoryId].GroupBy(m => gold[m]).OrderByDescending(g => g.Count()).First().Key;
            if (golds != docs[i].SubTopic)
                Console.WriteLine($"  WRONG JOIN {docs[i].Name} ({docs[i].SubTopic}) -> {a.StoryId} (mostly {golds}, {members[a.StoryId].Count} docs) sim {a.Similarity:0.00} {a.Why}");
        }
        if (showErrors && a.NewStory && members.Any(kv => kv.Value.Any(x => gold[x] == docs[i].SubTopic)))
        {
            var where = members.Where(kv => kv.Value.Any(x => gold[x] == docs[i].SubTopic)).Select(kv => $"{kv.Key}({kv.Value.Count(x => gold[x] == docs[i].SubTopic)}/{kv.Value.Count})");
            Console.WriteLine($"  NEW {docs[i].Name} best sim {a.Similarity:0.00}; gold story lives in {string.Join(" ", where)}; {a.Why}");
        }
        var home = a.Splits.Count > 0 ? a.Splits[0].From : a.StoryId;
        if (!members.TryGetValue(home, out var list)) members[home] = list = [];
        list.Add(docs[i].Name);
        if (showErrors)
            foreach (var sp in a.Splits)
            {
                foreach (var m in sp.Articles) members[sp.From].Remove(m);
                members[sp.Into] = sp.Articles.ToList();
                string Mix(IEnumerable<string> xs) => string.Join(" ", xs.GroupBy(x => gold[x]).Select(g => $"{g.Key}×{g.Count()}"));
                Console.WriteLine($"  SPLIT-OFF after {docs[i].Name}: {sp.From} keeps [{Mix(members[sp.From])}], {sp.Into} gets [{Mix(sp.Articles)}] | {sp.Why}");
            }
    }
    var predicted = docs.ToDictionary(d => d.Name, d => c.StoryOf(d.Name)!, StringComparer.Ordinal);
    var s = ClusteringScoring.Score(gold, predicted);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label,-18} pairwise P {s.Pairwise.Precision * 100:0.0} R {s.Pairwise.Recall * 100:0.0} F1 {s.Pairwise.F1 * 100:0.0} | B3 F1 {s.BCubed.F1 * 100:0.0} | clusters {s.PredictedClusters} (gold {s.GoldClusters})"));
    if (showErrors)
    {
        foreach (var g in predicted.GroupBy(p => p.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var mix = g.GroupBy(p => gold[p.Key]).OrderByDescending(x => x.Count()).ToList();
            if (mix.Count > 1)
                Console.WriteLine($"  MERGED {g.Key}: " + string.Join(", ", mix.Select(m => $"{m.Key}×{m.Count()} [{string.Join(' ', m.Select(p => p.Key.Replace(".xml", "")))}]")));
        }
        foreach (var g in gold.GroupBy(p => p.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var parts = g.GroupBy(p => predicted[p.Key]).OrderByDescending(x => x.Count()).ToList();
            if (parts.Count > 1)
                Console.WriteLine($"  SPLIT {g.Key}: " + string.Join(", ", parts.Select(m => $"{m.Key}×{m.Count()} [{string.Join(' ', m.Select(p => p.Key.Replace(".xml", "") + "(" + assigned[p.Key].Similarity.ToString("0.00", CultureInfo.InvariantCulture) + ")"))}]")));
        }
    }
    return s.Pairwise.F1;
}

