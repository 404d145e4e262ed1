using Triangulate.Documents;

namespace Triangulate.Ingest;

/// <summary>Limits and switches for reading inputs.</summary>
public sealed record IngestOptions
{
    /// <summary>A single article (file or JSON Lines record) larger than this is rejected with a clear error.</summary>
    public long MaxArticleBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>A .json file is parsed whole (an array cannot be streamed line by line), so it has its own limit;
    /// larger collections belong in JSON Lines, which is streamed.</summary>
    public long MaxJsonFileBytes { get; init; } = 1L * 1024 * 1024 * 1024;
}

/// <summary>One outcome of reading inputs: an article, an error naming the input (and line), or a warning
/// (e.g. a skipped file with an unknown extension). Exactly one of the three is set.</summary>
public sealed record IngestResult
{
    public Article? Article { get; init; }
    public InputError? Error { get; init; }
    public string? Warning { get; init; }
    /// <summary>For an article read from a JSON Lines file, its line number (1-based), so later problems can name it.</summary>
    public int? Line { get; init; }

    public static IngestResult Ok(Article a) => new() { Article = a };
    public static IngestResult Fail(string input, int? line, string message) => new() { Error = new InputError(input, line, message) };
    public static IngestResult Warn(string message) => new() { Warning = message };
}

/// <summary>Entry point of the ingest stage: reads folders (recursively) and files (.txt, .json, .jsonl, .html/.htm),
/// streaming, in a deterministic order. Never throws for bad input: each problem becomes an <see cref="IngestResult.Error"/>.</summary>
public static class Inputs
{
    public static IEnumerable<IngestResult> Read(IEnumerable<string> paths, IngestOptions? options = null)
    {
        options ??= new IngestOptions();
        // Article ids must be unique across the whole run: every span in the output is keyed by them.
        var seenIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var given = path.Replace('\\', '/');
            if (Directory.Exists(path))
            {
                // Ordinal order of the path below the folder: the same on every machine and file system.
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Select(f => (Full: f, Source: f.Replace('\\', '/')))
                    .OrderBy(f => f.Source, StringComparer.Ordinal);
                foreach (var (full, source) in files)
                    foreach (var r in ReadFile(full, source, options, seenIds, fromFolder: true)) yield return r;
            }
            else if (File.Exists(path))
            {
                foreach (var r in ReadFile(path, given, options, seenIds, fromFolder: false)) yield return r;
            }
            else
            {
                yield return IngestResult.Fail(given, null, "no such file or folder");
            }
        }
    }

    private static IEnumerable<IngestResult> ReadFile(string file, string source, IngestOptions options,
        Dictionary<string, string> seenIds, bool fromFolder)
    {
        IEnumerable<IngestResult> results;
        _ = fromFolder;
        switch (Path.GetExtension(file).ToLowerInvariant())
        {
            case ".txt": results = [TextFileReader.Read(file, source, options)]; break;
            case ".jsonl": results = JsonLinesReader.Read(file, source, options); break;
            case ".json": results = JsonFileReader.Read(file, source, options); break;
            case ".html" or ".htm": results = [HtmlReader.Read(file, source, options)]; break;
            default:
                // Inside a folder, stray files (README, images) are expected; name them so nothing vanishes silently.
                results = [IngestResult.Warn($"skipped {source}: unknown extension '{Path.GetExtension(file)}' (expected .txt, .json, .jsonl, .html or .htm)")];
                break;
        }
        foreach (var r in results)
        {
            if (r.Article is { } a)
            {
                if (seenIds.TryGetValue(a.Id, out var first))
                {
                    yield return IngestResult.Fail(source, r.Line,
                        $"duplicate article id '{a.Id}' (first used by {first})");
                    continue;
                }
                seenIds[a.Id] = r.Line is { } l ? $"{source} line {l}" : source;
            }
            yield return r;
        }
    }
}
