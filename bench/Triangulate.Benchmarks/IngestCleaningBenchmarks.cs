using BenchmarkDotNet.Attributes;
using Triangulate.Cleaning;
using Triangulate.Documents;
using Triangulate.Ingest;

namespace Triangulate.Benchmarks;

/// <summary>
/// Ingest + cleaning throughput on the PolNeAR training texts (840 real news articles, ~3.8 MB), read in place
/// from ../shared. One operation = the whole corpus, so articles/s = 840 / mean and MB/s = bytes / mean
/// (the setup prints both sizes). Three measurements: reading the files (.txt reader: strict UTF-8, checks),
/// the cleaning stage alone on already-read articles, and the two together as the CLI runs them.
/// </summary>
[MemoryDiagnoser]
public class IngestCleaningBenchmarks
{
    private string _folder = "";
    private Article[] _articles = [];
    private readonly CleaningStage _cleaning = new();

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(FindShared(), "eval", "polnear", "train", "text");
        _articles = Inputs.Read([_folder]).Where(r => r.Article is not null).Select(r => r.Article!).ToArray();
        var bytes = Directory.EnumerateFiles(_folder, "*.txt").Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"// corpus: {_articles.Length} articles, {bytes} bytes ({bytes / 1e6:F2} MB)");
    }

    [Benchmark]
    public int Ingest()
    {
        var n = 0;
        foreach (var r in Inputs.Read([_folder])) if (r.Article is not null) n++;
        return n;
    }

    [Benchmark]
    public int Cleaning()
    {
        var removed = 0;
        foreach (var a in _articles) removed += _cleaning.Apply(new AnalyzedArticle(a)).Removed.Count;
        return removed;
    }

    [Benchmark]
    public int IngestAndCleaning()
    {
        var removed = 0;
        foreach (var r in Inputs.Read([_folder]))
            if (r.Article is { } a) removed += _cleaning.Apply(new AnalyzedArticle(a)).Removed.Count;
        return removed;
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        // BenchmarkDotNet runs a copy of the program from its own bin folder; fall back to the working directory.
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        throw new InvalidOperationException("Triangulate.slnx not found; run from inside the repository");
    }
}
