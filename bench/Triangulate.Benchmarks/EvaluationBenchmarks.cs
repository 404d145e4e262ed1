using BenchmarkDotNet.Attributes;
using Triangulate.Evaluation.Data;
using Triangulate.Evaluation.Scoring;

namespace Triangulate.Benchmarks;

/// <summary>Reading the largest evaluation set (ECB+, ~22 MB of XML, ~770 documents) and scoring coreference on it
/// (all mentions as the key, gold sub-topic per mention as a coarse response, so CEAF aligns large components).</summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private string _ecb = "";
    private List<List<string>> _key = [];
    private List<List<string>> _response = [];

    [GlobalSetup]
    public void Setup()
    {
        _ecb = Path.Combine(BenchData.Shared(), "eval", "ecbplus");
        var corpus = EcbPlusReader.Read(_ecb);
        var mentions = corpus.Documents.SelectMany(d => d.Mentions.Select(m => (Doc: d, M: m))).ToList();
        _key = CorefScoring.ClustersFromLabels(mentions.Select(x => ($"{x.M.Document}#{x.M.MarkableId}", x.M.Cluster)));
        _response = CorefScoring.ClustersFromLabels(mentions.Select(x => ($"{x.M.Document}#{x.M.MarkableId}", x.Doc.SubTopic + x.M.Kind)));
        Console.WriteLine($"// ECB+: {corpus.Documents.Count} documents, {mentions.Count} mentions");
    }

    [Benchmark]
    public int ReadEcbPlus() => EcbPlusReader.Read(_ecb).Documents.Count;

    [Benchmark]
    public double ScoreCorefEcbPlus() => CorefScoring.Score(_key, _response).ConllF1;
}
