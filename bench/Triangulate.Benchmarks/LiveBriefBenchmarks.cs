using BenchmarkDotNet.Attributes;
using Triangulate.Documents;
using Triangulate.Fusion;
using Triangulate.Pipeline;

namespace Triangulate.Benchmarks;

/// <summary>
/// What a server pays to keep its brief current as articles arrive one at a time, each followed by a read of the
/// story the article joined: <see cref="Incremental"/> (<see cref="LiveBrief"/>: copies and stories grow, only the
/// touched story is fused again) against <see cref="RefuseEverything"/> (the former server: the whole brief fused
/// again after every article). N PolNeAR training articles, analysed once in setup.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(BenchmarkDotNet.Engines.RunStrategy.Monitoring, warmupCount: 1, iterationCount: 5)]
public class LiveBriefBenchmarks
{
    private AnalyzedArticle[] _articles = [];
    private readonly BriefFusion _fusion = BriefBuilder.Default().Build();

    [Params(25, 50, 100)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var articles = BenchData.PolnearTrainTexts().Take(N)
            .Select((t, i) => new Article { Id = "p" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), Source = "bench", Text = t })
            .ToList();
        _articles = PipelineBuilder.Default().Build().AnalyzeAll(articles).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int RefuseEverything()
    {
        var n = 0;
        for (var i = 1; i <= _articles.Length; i++)
            n += _fusion.Fuse(_articles[..i]).Stories.Count;
        return n;
    }

    [Benchmark]
    public int Incremental()
    {
        var live = new LiveBrief(_fusion);
        var n = 0;
        foreach (var a in _articles)
        {
            var assignment = live.Add([a])[0];
            n += live.Story(assignment.StoryId)!.Articles.Count;
        }
        return n;
    }
}
