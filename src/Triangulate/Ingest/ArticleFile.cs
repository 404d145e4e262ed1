namespace Triangulate.Ingest;

/// <summary>Reads one article file's bytes under the per-article size limit, shared by the file readers.</summary>
internal static class ArticleFile
{
    /// <summary>Returns null and the bytes on success, or the failure naming the input. The size is checked before
    /// reading so a huge file is never loaded whole.</summary>
    public static IngestResult? ReadBytes(string file, string source, IngestOptions options, out byte[] bytes)
    {
        bytes = [];
        try
        {
            var length = new FileInfo(file).Length;
            if (length > options.MaxArticleBytes)
                return IngestResult.Fail(source, null, $"file is {length} bytes, over the limit of {options.MaxArticleBytes} bytes per article");
            bytes = File.ReadAllBytes(file);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IngestResult.Fail(source, null, "cannot read: " + e.Message);
        }
    }
}
