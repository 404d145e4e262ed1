using System.Globalization;
using System.Text.Json;
using Triangulate.Documents;

namespace Triangulate.Ingest;

/// <summary>Reads a JSON Lines file, one <c>{id, text, published?, title?, url?, outlet?}</c> record per line.
/// Streams: only one line is held in memory at a time, and a line over the size limit is skipped without
/// being buffered. A bad line becomes an error naming the file and line; the other lines still come through.</summary>
public static class JsonLinesReader
{
    private const int ChunkSize = 1 << 16;

    public static IEnumerable<IngestResult> Read(string file, string source, IngestOptions options)
    {
        var stream = Open(file, out var openError);
        if (stream is null)
        {
            yield return IngestResult.Fail(source, null, "cannot read: " + openError);
            yield break;
        }
        using (stream)
        {
            var chunk = new byte[ChunkSize];
            var line = new MemoryStream();
            var lineNumber = 1;
            var tooLong = false;
            long lineBytes = 0;
            while (true)
            {
                int n;
                string? readError = null;
                try { n = stream.Read(chunk, 0, chunk.Length); }
                catch (IOException e) { n = 0; readError = e.Message; }
                if (readError is not null)
                {
                    yield return IngestResult.Fail(source, lineNumber, "read failed: " + readError);
                    yield break;
                }
                if (n == 0) break;
                var start = 0;
                while (start < n)
                {
                    var nl = Array.IndexOf(chunk, (byte)'\n', start, n - start);
                    var end = nl < 0 ? n : nl;
                    lineBytes += end - start;
                    if (!tooLong)
                    {
                        if (lineBytes > options.MaxArticleBytes) { tooLong = true; line.SetLength(0); }
                        else line.Write(chunk, start, end - start);
                    }
                    if (nl < 0) break;
                    var result = Line(line.GetBuffer().AsSpan(0, (int)line.Length), lineBytes, lineNumber, source, options);
                    if (result is not null) yield return result;
                    line.SetLength(0); tooLong = false; lineBytes = 0; lineNumber++;
                    start = nl + 1;
                }
            }
            var last = Line(line.GetBuffer().AsSpan(0, (int)line.Length), lineBytes, lineNumber, source, options);
            if (last is not null) yield return last;
        }
    }

    /// <summary>The records of JSON Lines already in memory (a .json file that turned out to be JSON Lines): the
    /// same results, line numbers and limits as <see cref="Read"/> gives for a file holding these bytes.</summary>
    public static IReadOnlyList<IngestResult> FromBytes(ReadOnlySpan<byte> bytes, string source, IngestOptions options)
    {
        var results = new List<IngestResult>();
        for (var lineNumber = 1; ; lineNumber++)
        {
            var nl = bytes.IndexOf((byte)'\n');
            var line = nl < 0 ? bytes : bytes[..nl];
            if (Line(line, line.Length, lineNumber, source, options) is { } result) results.Add(result);
            if (nl < 0) return results;
            bytes = bytes[(nl + 1)..];
        }
    }

    private static FileStream? Open(string file, out string? error)
    {
        error = null;
        try { return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, FileOptions.SequentialScan); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { error = e.Message; return null; }
    }

    /// <summary>One line's record (its bytes without the newline; none kept when it is over the limit), or null for a
    /// blank line.</summary>
    private static IngestResult? Line(ReadOnlySpan<byte> bytes, long lineBytes, int lineNumber, string source, IngestOptions options)
    {
        if (lineBytes > options.MaxArticleBytes)
            return IngestResult.Fail(source, lineNumber, $"record is {lineBytes} bytes, over the limit of {options.MaxArticleBytes} bytes per article");
        if (bytes.EndsWith((ReadOnlySpan<byte>)[(byte)'\r'])) bytes = bytes[..^1];
        return ParseRecord(bytes, lineNumber, source);
    }

    /// <summary>Parses one line (without its newline). Returns null for a blank line.</summary>
    public static IngestResult? ParseRecord(ReadOnlySpan<byte> bytes, int lineNumber, string source)
    {
        if (lineNumber == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (bytes.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t']).IsEmpty) return null;
        if (bytes.IndexOf((byte)0) is var nul and >= 0)
            return IngestResult.Fail(source, lineNumber, $"binary content (NUL byte at column {nul + 1})");
        var json = Utf8Text.Decode(bytes, out var decodeError, out _);
        if (json is null) return IngestResult.Fail(source, lineNumber, decodeError!.Replace(" (line 1)", ""));

        JsonDocument doc;
        try { doc = JsonDocument.Parse(json); }
        catch (JsonException e) { return IngestResult.Fail(source, lineNumber, "malformed JSON: " + e.Message); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return IngestResult.Fail(source, lineNumber, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");

            string? id = null;
            if (root.TryGetProperty("id", out var idEl))
                id = idEl.ValueKind switch
                {
                    JsonValueKind.String => idEl.GetString(),
                    JsonValueKind.Number => idEl.GetRawText(),
                    _ => null,
                };
            if (string.IsNullOrWhiteSpace(id)) return IngestResult.Fail(source, lineNumber, "missing or empty \"id\" (a string)");

            if (!root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String)
                return IngestResult.Fail(source, lineNumber, $"record '{id}': missing \"text\" (a string)");
            var text = textEl.GetString()!;
            if (Utf8Text.IsBlank(text)) return IngestResult.Fail(source, lineNumber, $"record '{id}': empty text");

            if (!OptionalString(root, "title", out var title, out var err) ||
                !OptionalString(root, "url", out var url, out err) ||
                !OptionalString(root, "outlet", out var outlet, out err) ||
                !OptionalString(root, "published", out var publishedText, out err))
                return IngestResult.Fail(source, lineNumber, $"record '{id}': {err}");

            DateOnly? published = null;
            if (publishedText is not null)
            {
                if (ParseDate(publishedText) is { } d) published = d;
                else return IngestResult.Fail(source, lineNumber, $"record '{id}': bad \"published\" date '{publishedText}' (expected YYYY-MM-DD or an ISO 8601 date-time)");
            }

            var article = new Article
            {
                Id = id, Source = source, Text = text, Published = published,
                Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
                Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim(),
                Outlet = string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim(),
            };
            return IngestResult.Ok(article) with { Line = lineNumber };
        }
    }

    private static bool OptionalString(JsonElement root, string name, out string? value, out string? error)
    {
        value = null; error = null;
        if (!root.TryGetProperty(name, out var el) || el.ValueKind == JsonValueKind.Null) return true;
        if (el.ValueKind != JsonValueKind.String) { error = $"\"{name}\" must be a string"; return false; }
        value = el.GetString();
        return true;
    }

    /// <summary>Accepts a calendar date or an ISO 8601 date-time (the date as written, its offset ignored:
    /// the publisher's local date is the one the article's "yesterday" refers to).</summary>
    internal static DateOnly? ParseDate(string s)
    {
        s = s.Trim();
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (s.Length > 10 && (s[10] == 'T' || s[10] == ' ') &&
            DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d) &&
            DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _))
            return d;
        return null;
    }
}
