using System.Text.Json;
using AngleSharp.Dom;

namespace Triangulate.Ingest;

/// <summary>Article metadata from an HTML page: Open Graph and article:* meta tags, JSON-LD (schema.org
/// NewsArticle and kin), the canonical link and &lt;title&gt;. Earlier sources in each list win.</summary>
public sealed record HtmlMetadata(string? Title, DateOnly? Published, string? Outlet, string? Url)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    { "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage", "LiveBlogPosting", "OpinionNewsArticle" };

    public static HtmlMetadata Read(IDocument doc)
    {
        string? ldHeadline = null, ldDate = null, ldPublisher = null, ldUrl = null;
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                foreach (var obj in Objects(json.RootElement))
                {
                    if (!IsArticle(obj)) continue;
                    ldHeadline ??= Str(obj, "headline") ?? Str(obj, "name");
                    ldDate ??= Str(obj, "datePublished") ?? Str(obj, "dateCreated");
                    ldUrl ??= Str(obj, "url");
                    if (ldPublisher is null && obj.TryGetProperty("publisher", out var pub))
                        ldPublisher = pub.ValueKind == JsonValueKind.String ? pub.GetString()
                            : pub.ValueKind == JsonValueKind.Object ? Str(pub, "name")
                            : pub.ValueKind == JsonValueKind.Array && pub.GetArrayLength() > 0 && pub[0].ValueKind == JsonValueKind.Object ? Str(pub[0], "name") : null;
                }
            }
            catch (JsonException) { /* broken JSON-LD is common; the meta tags still count */ }
        }

        var title = First(Meta(doc, "og:title"), ldHeadline, Meta(doc, "twitter:title"), doc.QuerySelector("h1")?.TextContent, doc.Title);
        var date = First(Meta(doc, "article:published_time"), ldDate, Meta(doc, "datePublished"), Meta(doc, "date"),
            Meta(doc, "pubdate"), Meta(doc, "publishdate"), Meta(doc, "dc.date"), doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var outlet = First(Meta(doc, "og:site_name"), ldPublisher, Meta(doc, "application-name"));
        var url = First(doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), Meta(doc, "og:url"), ldUrl);
        return new HtmlMetadata(Clean(title), date is null ? null : JsonLinesReader.ParseDate(date), Clean(outlet), Clean(url));
    }

    private static string? Meta(IDocument doc, string key)
    {
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var k = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (k is not null && k.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                var c = m.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(c)) return c;
            }
        }
        return null;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray()) foreach (var o in Objects(x)) yield return o;
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            yield return e;
            if (e.TryGetProperty("@graph", out var g)) foreach (var o in Objects(g)) yield return o;
        }
    }

    private static bool IsArticle(JsonElement obj)
    {
        if (!obj.TryGetProperty("@type", out var t)) return false;
        if (t.ValueKind == JsonValueKind.String) return ArticleTypes.Contains(t.GetString()!);
        return t.ValueKind == JsonValueKind.Array && t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && ArticleTypes.Contains(x.GetString()!));
    }

    private static string? Str(JsonElement obj, string name)
        => obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
