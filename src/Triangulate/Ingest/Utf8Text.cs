using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Triangulate.Ingest;

/// <summary>Strict UTF-8 decoding and the checks every reader shares (binary content, emptiness).
/// Strict because offsets must index exactly the text the publisher wrote: a silently replaced byte
/// would make every later span cite something that is not in the file.</summary>
internal static class Utf8Text
{
    /// <summary>Decodes <paramref name="bytes"/> as UTF-8 (BOM removed). On failure returns null and a message
    /// naming the byte offset and line of the first invalid sequence.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error, out int? errorLine)
    {
        error = null; errorLine = null;
        var bomLength = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var body = bytes[bomLength..];
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var offset = bomLength + read;
                errorLine = LineOf(bytes, offset);
                error = $"invalid UTF-8 at byte offset {offset} (line {errorLine})";
                return null;
            }
            return new string(chars, 0, written);
        }
        finally { ArrayPool<char>.Shared.Return(chars); }
    }

    /// <summary>1-based line number of byte <paramref name="offset"/>.</summary>
    public static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;

    /// <summary>True when the bytes look like a binary file: a NUL byte, or many control characters that no
    /// text file has (checked on the first 8 KB, which is what text/binary sniffers such as git do).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes, out int offset)
    {
        offset = bytes.IndexOf((byte)0);
        if (offset >= 0) return true;
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in head)
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) controls++;
        offset = -1;
        return head.Length > 0 && controls * 10 > head.Length;
    }

    public static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text);

    public static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
