using BenchmarkDotNet.Attributes;
using Triangulate.Documents;
using Triangulate.Evaluation.Data;
using Triangulate.Pipeline;
using Triangulate.Fusion.Copies;
using Triangulate.Fusion.Stories;
using Triangulate.Text;

namespace Triangulate.Benchmarks;

/// <summary>Copy detection + incremental story clustering. <see cref="Synthetic"/>: N generated articles (events of 4 articles each, Zipf-distributed common
/// words plus event words and names) to show how cost grows with N — near-linear if time/N stays flat.</summary>
[MemoryDiagnoser]
public class FusionBenchmarks
{
    private AnalyzedArticle[] _synthetic = [];

    [Params(1000, 2000, 4000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _synthetic = SyntheticNews.Generate(N).ToArray();
        Console.WriteLine($"// synthetic: {_synthetic.Length} articles, {_synthetic.Sum(a => a.Text.Length):N0} chars");
    }

    [Benchmark]
    public int Synthetic() => Run(_synthetic);

    internal static int Run(AnalyzedArticle[] docs)
    {
        var copies = new CopyDetector();
        var stories = new StoryClusterer();
        foreach (var d in docs) { copies.Add(d); stories.Add(d); }
        return copies.Report().Overlaps.Count + stories.Stories.Count;
    }
}

/// <summary>Copies + stories over every ECB+ document here (all topics).</summary>
[MemoryDiagnoser]
public class FusionEcbPlusBenchmarks
{
    private AnalyzedArticle[] _ecb = [];

    [GlobalSetup]
    public void Setup()
    {
        // The articles as the product sees them: the default pipeline's analysis (segmentation and mentions feed
        // the story features), done once here so the benchmark times copies + stories alone.
        var articles = EcbPlusReader.Read(Path.Combine(BenchData.Shared(), "eval", "ecbplus")).Documents
            .Select(d => new Article { Id = d.Name, Source = d.Name, Text = d.Text }).ToList();
        _ecb = PipelineBuilder.Default().Build().AnalyzeAll(articles).ToArray();
        Console.WriteLine($"// ECB+: {_ecb.Length} articles, {_ecb.Sum(a => a.Text.Length):N0} chars");
    }

    [Benchmark]
    public int EcbPlusAll() => FusionBenchmarks.Run(_ecb);
}

/// <summary>Deterministic synthetic news: 4 articles per event; each article 300 words drawn 70% from a Zipf-ranked
/// common vocabulary of 5,000 words, 20% from its event's 25 topic words, 10% from its event's 6 names.</summary>
public static class SyntheticNews
{
    public static IEnumerable<AnalyzedArticle> Generate(int n, int seed = 42)
    {
        var rng = new Random(seed);
        var common = Enumerable.Range(0, 5000).Select(i => "w" + Word(i)).ToArray();
        var cdf = new double[common.Length];
        double sum = 0;
        for (var i = 0; i < cdf.Length; i++) { sum += 1.0 / (i + 1); cdf[i] = sum; }
        string Common() { var x = rng.NextDouble() * sum; var i = Array.BinarySearch(cdf, x); return common[i < 0 ? ~i : i]; }
        var stage = new SegmentationStage();
        for (var e = 0; e * 4 < n; e++)
        {
            var topic = Enumerable.Range(0, 25).Select(_ => "t" + Word(rng.Next(1_000_000))).ToArray();
            var names = Enumerable.Range(0, 6).Select(_ => "N" + Word(rng.Next(1_000_000))).ToArray();
            for (var k = 0; k < 4 && e * 4 + k < n; k++)
            {
                var sb = new System.Text.StringBuilder();
                for (var w = 0; w < 300; w++)
                {
                    var r = rng.NextDouble();
                    sb.Append(r < 0.7 ? Common() : r < 0.9 ? topic[rng.Next(topic.Length)] : names[rng.Next(names.Length)]);
                    sb.Append(w % 20 == 19 ? ". " : " ");
                }
                var id = (e * 4 + k).ToString("D6");
                yield return stage.Apply(new AnalyzedArticle(new Article { Id = id, Source = id, Text = sb.ToString() }));
            }
        }
    }

    private static string Word(int i)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var s = "";
        do { s += letters[i % 26]; i /= 26; } while (i > 0);
        return s;
    }
}
