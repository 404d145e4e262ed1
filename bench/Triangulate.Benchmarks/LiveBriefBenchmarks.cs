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

/// <summary>
/// Adding N articles to a <see cref="LiveBrief"/> in batches of <see cref="Batch"/>, reading after each batch the
/// brief entries (copy relations, shared passages) of the articles it added: the copy report is brought up to date
/// once per batch. No story is fused, so what is measured is copies, clustering and the report. N PolNeAR training
/// articles, every fourth one a republication of the article two before it with a credit line added (so the report
/// holds copies as well as shared passages), analysed once in setup.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(BenchmarkDotNet.Engines.RunStrategy.Monitoring, warmupCount: 1, iterationCount: 3)]
public class LiveBriefBatchBenchmarks
{
    private AnalyzedArticle[] _articles = [];
    private readonly BriefFusion _fusion = BriefBuilder.Default().Build();

    [Params(400, 800)]
    public int N { get; set; }

    [Params(1, 10)]
    public int Batch { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var texts = BenchData.PolnearTrainTexts().GetEnumerator();
        var articles = new List<Article>();
        for (var i = 0; i < N; i++)
        {
            var text = i % 4 == 3 ? articles[i - 2].Text + "\n\nReporting by the newsroom staff." : texts.MoveNext() ? texts.Current : "";
            articles.Add(new Article { Id = "p" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), Source = "bench", Text = text });
        }
        _articles = PipelineBuilder.Default().Build().AnalyzeAll(articles).ToArray();
    }

    [Benchmark]
    public int AddInBatches()
    {
        var live = new LiveBrief(_fusion);
        var n = 0;
        for (var i = 0; i < _articles.Length; i += Batch)
        {
            var batch = _articles[i..Math.Min(_articles.Length, i + Batch)];
            live.Add(batch);
            n += live.ArticleEntries(batch.Select(a => a.Article.Id)).Count;
        }
        return n;
    }
}
