using System.Text;
using AngleSharp.Html.Parser;
using Triangulate.Documents;

namespace Triangulate.Ingest;

/// <summary>Reads one HTML page (.html/.htm): the main text is extracted (<see cref="MainTextExtractor"/>) and becomes
/// <see cref="Article.Text"/> (paragraphs joined by blank lines, <see cref="Article.TextIsExtracted"/> set), and the
/// page's metadata (<see cref="HtmlMetadata"/>) fills title, date, outlet and canonical url.</summary>
public static class HtmlReader
{
    public static IngestResult Read(string file, string source, IngestOptions options)
    {
        if (ArticleFile.ReadBytes(file, source, options, out var bytes) is { } failure) return failure;
        return FromBytes(bytes, Path.GetFileNameWithoutExtension(file), source);
    }

    public static IngestResult FromBytes(byte[] bytes, string id, string source)
    {
        if (Utf8Text.LooksBinary(bytes, out var nul))
            return IngestResult.Fail(source, nul >= 0 ? Utf8Text.LineOf(bytes, nul) : null, "binary content; expected an HTML page");
        // Pages are usually UTF-8; when they are not, the parser's own sniffing (BOM, <meta charset>) decides.
        var html = Utf8Text.Decode(bytes, out _, out _);
        var parser = new HtmlParser();
        var document = html is not null ? parser.ParseDocument(html) : parser.ParseDocument(new MemoryStream(bytes));
        return FromDocument(document, id, source);
    }

    public static IngestResult FromHtml(string html, string id, string source)
        => FromDocument(new HtmlParser().ParseDocument(html), id, source);

    private static IngestResult FromDocument(AngleSharp.Html.Dom.IHtmlDocument document, string id, string source)
    {
        var meta = HtmlMetadata.Read(document);
        var paragraphs = MainTextExtractor.Extract(document);
        if (paragraphs.Count == 0)
            return IngestResult.Fail(source, null, "no main text found in the HTML page (no paragraphs of running text)");
        var text = new StringBuilder();
        foreach (var p in paragraphs)
        {
            if (text.Length > 0) text.Append("\n\n");
            text.Append(p);
        }
        return IngestResult.Ok(new Article
        {
            Id = id, Source = source, Text = text.ToString(), TextIsExtracted = true,
            Title = meta.Title, Published = meta.Published, Outlet = meta.Outlet, Url = meta.Url,
        });
    }
}
