using BenchmarkDotNet.Attributes;
using Triangulate.Documents;
using Triangulate.Extraction.Mentions;
using Triangulate.Text;

namespace Triangulate.Benchmarks;

/// <summary>Mention extraction (names, kinds, roles and in-article entity resolution) over the PolNeAR training
/// texts (840 news articles), on already segmented articles, so the figure is the mention stage alone.
/// Throughput = corpus characters / mean time.</summary>
[MemoryDiagnoser]
public class MentionBenchmarks
{
    private AnalyzedArticle[] _docs = [];

    [GlobalSetup]
    public void Setup()
    {
        var segmentation = new SegmentationStage();
        _docs = BenchData.PolnearTrainTexts()
            .Select((t, i) => segmentation.Apply(new AnalyzedArticle(new Article { Id = i.ToString(), Source = "polnear", Text = t })))
            .ToArray();
        // load the gazetteers once, outside the measurement
        new MentionStage().Apply(_docs[0]);
        Console.WriteLine($"// corpus: {_docs.Length} articles, {_docs.Sum(d => d.Text.Length):N0} chars");
    }

    [Benchmark]
    public int ExtractMentionsCorpus()
    {
        var stage = new MentionStage();
        var n = 0;
        foreach (var d in _docs) n += stage.Apply(d).Mentions.Count;
        return n;
    }
}
