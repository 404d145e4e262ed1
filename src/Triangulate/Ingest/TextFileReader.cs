using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Documents;

namespace Triangulate.Ingest;

/// <summary>Reads one plain-text article (.txt). The whole decoded content is <see cref="Article.Text"/>;
/// a leading " date YYYY-MM-DD" header becomes <see cref="Article.Published"/> and a known metadata span.</summary>
public static partial class TextFileReader
{
    public static IngestResult Read(string file, string source, IngestOptions options)
    {
        if (ArticleFile.ReadBytes(file, source, options, out var bytes) is { } failure) return failure;
        return FromBytes(bytes, Path.GetFileNameWithoutExtension(file), source);
    }

    /// <summary>Builds the article from a file's bytes (separate from I/O so tests and benchmarks can call it).</summary>
    public static IngestResult FromBytes(ReadOnlySpan<byte> bytes, string id, string source)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return IngestResult.Fail(source, 1, "UTF-16 text (byte-order mark at offset 0); expected UTF-8");
        if (Utf8Text.LooksBinary(bytes, out var nul))
            return IngestResult.Fail(source, nul >= 0 ? Utf8Text.LineOf(bytes, nul) : null,
                nul >= 0 ? $"binary content (NUL byte at offset {nul}); expected UTF-8 text" : "binary content (control bytes); expected UTF-8 text");
        var text = Utf8Text.Decode(bytes, out var error, out var line);
        if (text is null) return IngestResult.Fail(source, line, error!);
        if (Utf8Text.IsBlank(text)) return IngestResult.Fail(source, null, "empty article (no text)");
        return IngestResult.Ok(FromText(text, id, source));
    }

    public static Article FromText(string text, string id, string source)
    {
        var article = new Article { Id = id, Source = source, Text = text };
        var header = DateHeader().Match(text);
        if (header.Success && DateOnly.TryParseExact(header.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            // Only the date token is metadata: the same line goes on with a caption or the first body sentence.
            article = article with
            {
                Published = date,
                KnownNoise = [new RemovedSpan(0, header.Length, NoiseKind.Metadata)],
            };
        }
        return article;
    }

    // " date 2024-10-23" (leading space optional) followed by whitespace or the end of the text.
    [GeneratedRegex(@"\A ?date (?<date>\d{4}-\d{2}-\d{2})(?=\s|\z)", RegexOptions.CultureInvariant)]
    private static partial Regex DateHeader();
}
