using BenchmarkDotNet.Attributes;
using Triangulate.Documents;
using Triangulate.Extraction.Quantities;
using Triangulate.Extraction.Times;
using Triangulate.Fusion;
using Triangulate.Fusion.Entities;
using Triangulate.Pipeline;

namespace Triangulate.Benchmarks;

/// <summary>Throughput of the story stages (quotes, claims, disagreements, timeline, summary) on the five NewsWCL50
/// dev events (5 outlets each, 25 articles), analysed once in setup by the single-article pipeline.</summary>
[MemoryDiagnoser]
public class FusionClaimBenchmarks
{
    private sealed class QuantityStage : IArticleStage
    {
        public string Name => "quantities";
        public AnalyzedArticle Apply(AnalyzedArticle a) => a with { Quantities = QuantityExtractor.Extract(a.Text) };
    }

    private sealed class TimeStage : IArticleStage
    {
        public string Name => "times";
        public AnalyzedArticle Apply(AnalyzedArticle a) => a with { Times = TimeExtractor.Extract(a.Text, a.Article.Published) };
    }

    private List<(AnalyzedArticle[] Docs, IEntityIndex Index)> _events = [];
    private IReadOnlyList<IStoryStage> _stages = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(FindRoot(), "..", "shared", "eval", "newswcl50", "NewsWCL50.dev.conll");
        var pipeline = new PipelineBuilder()
            .Use(new Triangulate.Text.SegmentationStage())
            .Use(new Triangulate.Extraction.Mentions.MentionStage())
            .Use(new Triangulate.Extraction.Quotes.QuoteStage())
            .Use(new QuantityStage()).Use(new TimeStage())
            .Build();
        var articles = Triangulate.Evaluation.Data.NewsWcl50Articles.Read(path);
        var analyzed = pipeline.AnalyzeAll(articles);
        _events = analyzed.GroupBy(a => a.Article.Id.Split('_')[0])
            .Select(g => { var docs = g.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToArray(); return (docs, (IEntityIndex)EntityMerger.Merge(docs)); })
            .ToList();
        _stages = ClaimStages.All();
    }

    /// <summary>All five events through all story stages (a fresh context each time, so nothing is cached).</summary>
    [Benchmark]
    public int StoryStagesOnFiveEvents()
    {
        var n = 0;
        foreach (var (docs, index) in _events)
        {
            var ctx = new StoryContext { StoryId = "s", Articles = docs, CopyOf = new Dictionary<string, string>(), Entities = index };
            var story = new Story("s", "", docs.Select(d => d.Article.Id).ToArray());
            foreach (var stage in _stages) story = stage.Apply(ctx, story);
            n += story.Claims!.Count + story.Quotes!.Count;
        }
        return n;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
