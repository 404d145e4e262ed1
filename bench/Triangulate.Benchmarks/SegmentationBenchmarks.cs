using BenchmarkDotNet.Attributes;
using Triangulate.Documents;
using Triangulate.Text;

namespace Triangulate.Benchmarks;

/// <summary>Tokenizing and sentence splitting over the PolNeAR training texts (840 news articles).
/// Throughput = corpus characters / mean time.</summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private AnalyzedArticle[] _docs = [];

    [GlobalSetup]
    public void Setup()
    {
        _docs = BenchData.PolnearTrainTexts()
            .Select((t, i) => new AnalyzedArticle(new Article { Id = i.ToString(), Source = "polnear", Text = t }))
            .ToArray();
        Console.WriteLine($"// corpus: {_docs.Length} articles, {_docs.Sum(d => d.Text.Length):N0} chars");
    }

    [Benchmark]
    public int SegmentCorpus()
    {
        var stage = new SegmentationStage();
        var n = 0;
        foreach (var d in _docs) n += stage.Apply(d).Sentences.Count;
        return n;
    }
}

public static class BenchData
{
    /// <summary>Finds ../shared beside the repository root by walking up from the working directory.</summary>
    public static string Shared()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("run the benchmarks from inside the repository");
        return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
    }

    public static IReadOnlyList<string> PolnearTrainTexts()
        => Directory.EnumerateFiles(Path.Combine(Shared(), "eval", "polnear", "train", "text"), "*.txt")
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
}
