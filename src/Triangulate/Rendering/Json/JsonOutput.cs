using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Triangulate.Documents;

namespace Triangulate.Rendering.Json;

/// <summary>
/// Shared writer settings and helpers for the JSON contract. One place decides indentation, line ends and
/// escaping so that every document is byte-identical across runs and machines.
/// </summary>
public static class JsonOutput
{
    /// <summary>Indented with two spaces and '\n' (not Environment.NewLine, which would differ per OS); relaxed
    /// escaping so that "Zelenskyy’s" stays readable instead of becoming \u2019.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs <paramref name="body"/> against a fresh writer and returns the UTF-8 bytes (no BOM),
    /// ending with one newline so that terminals and diff tools are happy.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            body(writer);
        }
        var bytes = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(bytes);
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    /// <summary>UTF-8 without BOM, for writing documents through a TextWriter.</summary>
    public static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static string ToText(byte[] document) => Utf8NoBom.GetString(document);

    /// <summary>Writes a string property. A span may cut a surrogate pair in half; Utf8JsonWriter refuses lone
    /// surrogates, but JSON allows them as \u escapes, and the contract needs the exact UTF-16 substring.</summary>
    public static void String(Utf8JsonWriter w, string name, string? value)
    {
        w.WritePropertyName(name);
        StringValue(w, value);
    }

    public static void StringValue(Utf8JsonWriter w, string? value)
    {
        if (value is null) { w.WriteNullValue(); return; }
        if (!HasLoneSurrogate(value)) { w.WriteStringValue(value); return; }
        w.WriteRawValue(EscapeManually(value), skipInputValidation: true);
    }

    public static void Number(Utf8JsonWriter w, string name, double? value)
    {
        w.WritePropertyName(name);
        if (value is null || double.IsNaN(value.Value) || double.IsInfinity(value.Value)) w.WriteNullValue();
        else if (value.Value == Math.Floor(value.Value) && Math.Abs(value.Value) < 1e15) w.WriteNumberValue((long)value.Value);
        else w.WriteNumberValue(value.Value);
    }

    public static void Date(Utf8JsonWriter w, string name, DateOnly? value)
        => String(w, name, value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    public static void StringArray(Utf8JsonWriter w, string name, IEnumerable<string?> values)
    {
        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var v in values) StringValue(w, v);
        w.WriteEndArray();
    }

    /// <summary>An evidence span: {"article", "start", "end", "text"}.</summary>
    public static void ArticleSpan(Utf8JsonWriter w, ArticleSpan span)
    {
        w.WriteStartObject();
        String(w, "article", span.Article);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        String(w, "text", span.Text);
        w.WriteEndObject();
    }

    /// <summary>A span inside the current article: {"start", "end", "text"} with text cut from the original.</summary>
    public static void LocalSpan(Utf8JsonWriter w, string original, int start, int end)
    {
        w.WriteStartObject();
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
        String(w, "text", SafeSubstring(original, start, end));
        w.WriteEndObject();
    }

    /// <summary>The original substring; an out-of-range span (an extractor bug) yields its clamped part rather
    /// than crashing the whole document.</summary>
    public static string SafeSubstring(string original, int start, int end)
    {
        var s = Math.Clamp(start, 0, original.Length);
        var e = Math.Clamp(end, s, original.Length);
        return original.Substring(s, e - s);
    }

    public static void Errors(Utf8JsonWriter w, IReadOnlyList<InputError> errors)
    {
        w.WritePropertyName("errors");
        w.WriteStartArray();
        foreach (var e in errors)
        {
            w.WriteStartObject();
            String(w, "input", e.Input);
            w.WritePropertyName("line");
            if (e.Line is int line) w.WriteNumberValue(line); else w.WriteNullValue();
            String(w, "message", e.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Contract names are lower case with hyphens between words: EmbeddedPost → embedded-post.</summary>
    public static string KindName<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]))
            {
                if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
                return true;
            }
            if (char.IsLowSurrogate(s[i])) return true;
        }
        return false;
    }

    private static string EscapeManually(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || char.IsSurrogate(c) || c == '<' || c == '>' || c == '&' || c == '\'' || c == '+' || c == '`')
                        sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
