using BenchmarkDotNet.Attributes;
using Triangulate.Documents;
using Triangulate.Extraction.Quotes;

namespace Triangulate.Benchmarks;

/// <summary>Quote and attribution extraction over the PolNeAR training texts (840 news articles), on articles as
/// the quotes stage receives them (no mentions, so speaker linking takes its no-entity path).
/// Throughput = corpus characters / mean time.</summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private AnalyzedArticle[] _docs = [];
    private readonly QuoteStage _stage = new();

    [GlobalSetup]
    public void Setup()
    {
        _docs = BenchData.PolnearTrainTexts()
            .Select((t, i) => new AnalyzedArticle(new Article { Id = i.ToString(), Source = "polnear", Text = t }))
            .ToArray();
        Console.WriteLine($"// corpus: {_docs.Length} articles, {_docs.Sum(d => d.Text.Length):N0} chars");
    }

    [Benchmark]
    public int ExtractQuotesCorpus()
    {
        var n = 0;
        foreach (var d in _docs) n += _stage.Apply(d).Quotes.Count;
        return n;
    }
}
