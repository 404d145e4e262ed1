using Triangulate.Documents;

namespace Triangulate.Ingest;

/// <summary>Limits and switches for reading inputs.</summary>
public sealed record IngestOptions
{
    /// <summary>A single article (file or JSON Lines record) larger than this is rejected with a clear error.</summary>
    public long MaxArticleBytes { get; init; } = 20L * 1024 * 1024;
}

/// <summary>One outcome of reading inputs: an article, an error naming the input (and line), or a warning
/// (e.g. a skipped file with an unknown extension). Exactly one of the three is set.</summary>
public sealed record IngestResult
{
    public Article? Article { get; init; }
    public InputError? Error { get; init; }
    public string? Warning { get; init; }

    public static IngestResult Ok(Article a) => new() { Article = a };
    public static IngestResult Fail(string input, int? line, string message) => new() { Error = new InputError(input, line, message) };
    public static IngestResult Warn(string message) => new() { Warning = message };
}

/// <summary>Entry point of the ingest stage: reads folders (recursively) and files (.txt, .jsonl, .html/.htm),
/// streaming, in a deterministic order. Never throws for bad input: each problem becomes an <see cref="IngestResult.Error"/>.</summary>
public static class Inputs
{
    public static IEnumerable<IngestResult> Read(IEnumerable<string> paths, IngestOptions? options = null)
    {
        // Interim minimal reader (plain .txt, whole file); the ingest stage replaces this.
        foreach (var path in paths)
        {
            var files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : (IEnumerable<string>)[path];
            foreach (var f in files)
            {
                var source = f.Replace('\\', '/');
                yield return ReadText(f, source);
            }
        }
    }

    private static IngestResult ReadText(string file, string source)
    {
        try { return IngestResult.Ok(new Article { Id = Path.GetFileNameWithoutExtension(file), Source = source, Text = File.ReadAllText(file) }); }
        catch (IOException e) { return IngestResult.Fail(source, null, e.Message); }
    }
}
