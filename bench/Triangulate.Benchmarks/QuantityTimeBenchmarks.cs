using BenchmarkDotNet.Attributes;
using Triangulate.Documents;
using Triangulate.Extraction.Quantities;
using Triangulate.Extraction.Times;
using Triangulate.Text;

namespace Triangulate.Benchmarks;

/// <summary>Quantity and time extraction over the PolNeAR training texts (840 news articles), each article read
/// sentence by sentence as the stages do. Segmentation runs once in setup, so the figures are the extractors'
/// own cost. Throughput = corpus characters (or sentences) / mean time.</summary>
[MemoryDiagnoser]
public class QuantityTimeBenchmarks
{
    private AnalyzedArticle[] _docs = [];

    [GlobalSetup]
    public void Setup()
    {
        var segmentation = new SegmentationStage();
        _docs = BenchData.PolnearTrainTexts()
            .Select((t, i) => segmentation.Apply(new AnalyzedArticle(new Article
            {
                Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Source = "polnear", Text = t,
                Published = new DateOnly(2016, 6, 1),
            })))
            .ToArray();
        Console.WriteLine($"// corpus: {_docs.Length} articles, {_docs.Sum(d => d.Sentences.Count):N0} sentences, {_docs.Sum(d => d.Text.Length):N0} chars");
    }

    [Benchmark]
    public int Quantities()
    {
        var stage = new QuantityStage();
        var n = 0;
        foreach (var d in _docs) n += stage.Apply(d).Quantities.Count;
        return n;
    }

    [Benchmark]
    public int Times()
    {
        var stage = new TimeStage();
        var n = 0;
        foreach (var d in _docs) n += stage.Apply(d).Times.Count;
        return n;
    }
}
