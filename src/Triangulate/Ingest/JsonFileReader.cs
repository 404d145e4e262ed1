using System.Text.Json;

namespace Triangulate.Ingest;

/// <summary>
/// Reads a .json file: an array of <c>{id, text, published?, title?, url?, outlet?}</c> records (what most exports
/// and scrapers write), one such record, or JSON Lines saved under a .json name. Each record is checked by the same
/// rules as a JSON Lines line (<see cref="JsonLinesReader.ParseRecord"/>), and an error names the line the record
/// starts on. A record that is bad is reported and the others still come through; if the file breaks off or is
/// malformed part way, the records before the break are kept and the error says where reading stopped.
/// </summary>
public static class JsonFileReader
{
    public static IEnumerable<IngestResult> Read(string file, string source, IngestOptions options)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(file).Length;
            if (length > options.MaxJsonFileBytes)
                return [IngestResult.Fail(source, null, $"file is {length} bytes, over the limit of {options.MaxJsonFileBytes} bytes for a .json file; write one record per line (.jsonl), which is streamed")];
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestResult.Fail(source, null, "cannot read: " + e.Message)];
        }
        return FromBytes(bytes, source, options);
    }

    /// <summary>The records of a JSON document. Bytes that are JSON Lines (a whole object on the first line, more
    /// lines after it) are read line by line from these same bytes, as <see cref="JsonLinesReader"/> reads a file.</summary>
    public static IReadOnlyList<IngestResult> FromBytes(ReadOnlySpan<byte> bytes, string source, IngestOptions options)
    {
        var whole = bytes;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return [IngestResult.Fail(source, 1, "UTF-16 text (byte-order mark at offset 0); expected UTF-8")];
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (bytes.IndexOf((byte)0) is var nul and >= 0)
            return [IngestResult.Fail(source, Utf8Text.LineOf(bytes, nul), $"binary content (NUL byte at offset {nul}); expected JSON")];
        if (bytes.Trim(" \t\r\n"u8).IsEmpty) return [IngestResult.Fail(source, null, "empty file (no JSON)")];

        var results = new List<IngestResult>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read()) return [IngestResult.Fail(source, null, "empty file (no JSON)")];
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                var end = (int)reader.BytesConsumed;
                // JSON Lines under a .json name: two or more lines that each hold a whole object.
                if (!bytes[end..].Trim(" \t\r\n"u8).IsEmpty) return bytes[end..].TrimStart(" \t\r"u8).StartsWith("\n"u8) ? JsonLinesReader.FromBytes(whole, source, options)
                    : [IngestResult.Fail(source, Utf8Text.LineOf(bytes, end), "malformed JSON: more after the record; expected one record, an array of records, or one record per line")];
                results.Add(Record(bytes, start, end, Utf8Text.LineOf(bytes, start), source, options));
                return results;
            }
            if (reader.TokenType != JsonTokenType.StartArray)
                return [IngestResult.Fail(source, 1, $"expected an array of records or one record, found {reader.TokenType.ToString().ToLowerInvariant()}")];
            // Line numbers are counted on from the previous record, not from the file's start each time: counting from
            // the start made a large array quadratic in its size.
            var (counted, line) = (0, 1);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                line += bytes[counted..start].Count((byte)'\n');
                counted = start;
                reader.Skip();
                results.Add(Record(bytes, start, (int)reader.BytesConsumed, line, source, options));
            }
        }
        catch (JsonException e)
        {
            var kept = results.Count(r => r.Article is not null);
            results.Add(IngestResult.Fail(source, (int?)(e.LineNumber + 1),
                $"malformed JSON: {e.Message} ({kept switch { 0 => "no record read", 1 => "1 record before it read, nothing after it", _ => kept + " records before it read, nothing after it" }})"));
        }
        return results;
    }

    private static IngestResult Record(ReadOnlySpan<byte> bytes, int start, int end, int line, string source, IngestOptions options)
    {
        if (end - start > options.MaxArticleBytes)
            return IngestResult.Fail(source, line, $"record is {end - start} bytes, over the limit of {options.MaxArticleBytes} bytes per article");
        return JsonLinesReader.ParseRecord(bytes[start..end], line, source)
               ?? IngestResult.Fail(source, line, "expected a JSON object, found an empty value");
    }
}
