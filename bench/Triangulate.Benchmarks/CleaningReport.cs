using Triangulate.Cleaning;
using Triangulate.Documents;
using Triangulate.Ingest;

namespace Triangulate.Benchmarks;

/// <summary>Prints every removed span of every input, then totals per kind, so a person can check that the
/// cleaner removes noise and never body text.</summary>
public static class CleaningReport
{
    /// <summary>Two checks PolNeAR makes possible. (1) Annotated attributions are body text: a removed span (other than
    /// the title line) that overlaps one is a body-text removal. (2) Every PolNeAR file starts with its headline, so the
    /// text after the headline starts with body text: any title found there is a false title.</summary>
    private static void PolnearChecks(string textDir, CleaningStage stage)
    {
        int overlapping = 0, falseTitles = 0, files = 0, discards = 0, discardsFound = 0;
        foreach (var file in Directory.EnumerateFiles(textDir, "*.txt").Order(StringComparer.Ordinal))
        {
            files++;
            var id = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            var doc = stage.Apply(new AnalyzedArticle(new Article { Id = id, Source = file, Text = text }));
            var ann = Directory.EnumerateFiles(Path.Combine(textDir, "..", "attributions"), id + "_*.ann").FirstOrDefault();
            if (ann is not null)
            {
                // brat: "T1<TAB>Label start end[;start end]*<TAB>text". Annotators marked non-body text as "Discard".
                var spans = File.ReadLines(ann).Where(l => l.StartsWith('T')).Select(l => l.Split('\t'))
                    .Where(f => f.Length >= 2).Select(f =>
                    {
                        var label = f[1].Split(' ', 2);
                        var frags = label.Length < 2 ? [] : label[1].Split(';').Select(x => x.Trim().Split(' '))
                            .Where(x => x.Length == 2).Select(x => (Start: int.Parse(x[0]), End: int.Parse(x[1]))).ToList();
                        return (Label: label[0], Frags: frags);
                    }).ToList();
                var body = spans.Where(s => s.Label is "Source" or "Cue" or "Content").SelectMany(s => s.Frags).ToList();
                foreach (var r in doc.Removed.Where(r => r.Kind != NoiseKind.Title))
                    if (body.Any(a => a.Start < r.End && r.Start < a.End))
                    {
                        overlapping++;
                        Console.WriteLine($"BODY? {id}\t{r.Kind}\t{text[r.Start..r.End].Replace("\n", "\\n")}");
                    }
                foreach (var d in spans.Where(s => s.Label == "Discard").SelectMany(s => s.Frags))
                {
                    discards++;
                    // A discard counts as found when removed spans cover most of it.
                    var covered = doc.Removed.Sum(r => Math.Max(0, Math.Min(r.End, d.End) - Math.Max(r.Start, d.Start)));
                    if (covered * 2 >= d.End - d.Start) discardsFound++;
                    else Console.WriteLine($"MISSED DISCARD {id}\t{text[d.Start..Math.Min(d.End, text.Length)].Replace("\n", "\\n")}");
                }
            }
            var firstBreak = text.IndexOf("\n\n", StringComparison.Ordinal);
            if (firstBreak > 0)
            {
                var rest = text[(firstBreak + 2)..].TrimStart();
                var afterTitle = new CleaningContext(new Article { Id = id, Source = file, Text = rest });
                if (TitleLineDetector.Find(afterTitle) is { } t)
                {
                    falseTitles++;
                    Console.WriteLine($"FALSE TITLE? {id}\t{t.Text}");
                }
            }
        }
        Console.WriteLine($"# PolNeAR checks: {overlapping} removed spans overlap annotated attribution (source/cue/content) spans; {discardsFound} of {discards} spans annotated 'Discard' removed; {falseTitles} of {files} first body paragraphs taken for a title");
    }

    /// <summary>Time spent by each detector over the inputs (to find slow rules).</summary>
    public static void Profile(string[] paths)
    {
        var articles = Inputs.Read(paths).Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        var contexts = articles.Select(a => new CleaningContext(a)).ToList();
        INoiseDetector[] detectors = [new MetadataDetector(), new EmbeddedPostDetector(), new CaptionDetector(), new TitleLineDetector(), new BylineDetector(), new FooterDetector(), new BoilerplateDetector()];
        var sw = System.Diagnostics.Stopwatch.StartNew();
        foreach (var a in articles) _ = new CleaningContext(a);
        Console.WriteLine($"blocks: {sw.ElapsedMilliseconds} ms");
        var firsts = contexts.Where(c => c.Blocks.Count > 0).Select(c => c.Blocks[0]).ToList();
        foreach (var (name, f) in new (string, Func<TextBlock, bool>)[] {
            ("caption", b => CaptionDetector.LooksLikeCaption(b)), ("post", b => EmbeddedPostDetector.IsPost(b.Text)),
            ("byline", b => BylineDetector.IsByline(b.Text)), ("footer", b => FooterDetector.IsFooter(b.Text)) })
        {
            for (var round = 0; round < 2; round++)
            {
                sw.Restart(); var n = 0;
                foreach (var b in firsts) if (f(b)) n++;
                Console.WriteLine($"  first blocks, {name}: {sw.ElapsedMilliseconds} ms ({n})");
            }
        }
        for (var round = 0; round < 2; round++)
        foreach (var d in detectors)
        {
            sw.Restart();
            var n = 0;
            foreach (var c in contexts) n += d.Detect(c).Count();
            Console.WriteLine($"{d.GetType().Name}: {sw.ElapsedMilliseconds} ms ({n} spans)");
        }
    }

    public static void Run(string[] paths)
    {
        var stage = new CleaningStage();
        int articles = 0, errors = 0; long chars = 0, removedChars = 0;
        var perKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in Inputs.Read(paths))
        {
            if (r.Error is { } e) { errors++; Console.WriteLine($"ERROR {e.Input}:{e.Line} {e.Message}"); continue; }
            if (r.Article is not { } a) { Console.WriteLine("WARN " + r.Warning); continue; }
            articles++; chars += a.Text.Length;
            var doc = stage.Apply(new AnalyzedArticle(a));
            foreach (var s in doc.Removed)
            {
                var kind = s.Kind.ToString();
                perKind[kind] = perKind.GetValueOrDefault(kind) + 1;
                removedChars += s.End - s.Start;
                var t = a.Text[s.Start..s.End].Replace("\n", "\\n");
                Console.WriteLine($"{a.Id}\t{kind}\t[{s.Start},{s.End})\t{t}");
            }
        }
        if (paths.Length == 1 && Directory.Exists(Path.Combine(paths[0], "..", "attributions"))) PolnearChecks(paths[0], stage);
        Console.WriteLine($"# {articles} articles, {errors} errors, {chars} chars, {removedChars} removed chars ({(chars == 0 ? 0 : 100.0 * removedChars / chars):F2}%)");
        foreach (var (k, n) in perKind) Console.WriteLine($"# {k}: {n}");
    }
}
