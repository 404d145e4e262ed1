using System.Globalization;
using System.Text.Json;
using Triangulate.Documents;

namespace Triangulate.Cli;

/// <summary>
/// Reads articles posted to <c>POST /api/articles</c>: one JSON Lines record (<c>{"id", "text", "published"?,
/// "title"?, "url"?, "outlet"?}</c>), several records one per line, or a JSON array of records. A bad record becomes
/// an error naming its line or position; the good ones are still taken.
/// </summary>
public static class ArticleRecords
{
    public const string Input = "request body";

    public static (IReadOnlyList<Article> Articles, IReadOnlyList<InputError> Errors) Parse(string body, long maxArticleChars = 20L * 1024 * 1024)
    {
        var articles = new List<Article>();
        var errors = new List<InputError>();
        var trimmed = body.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.Length == 0)
        {
            errors.Add(new InputError(Input, null, "the body is empty; send a JSON object {\"id\", \"text\", ...}, JSON Lines, or an array of objects"));
            return (articles, errors);
        }

        if (trimmed[0] == '[')
        {
            try
            {
                using var doc = JsonDocument.Parse(trimmed);
                var i = 0;
                foreach (var item in doc.RootElement.EnumerateArray())
                {
                    i++;
                    Take(item, $"item {i}", null);
                }
            }
            catch (JsonException e) { errors.Add(new InputError(Input, null, "invalid JSON array: " + e.Message)); }
            return (articles, errors);
        }

        var lines = body.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim().TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                Take(doc.RootElement, $"line {n + 1}", n + 1);
            }
            catch (JsonException e) { errors.Add(new InputError(Input, n + 1, "invalid JSON: " + e.Message)); }
        }
        return (articles, errors);

        void Take(JsonElement e, string where, int? line)
        {
            if (Record(e, maxArticleChars) is { } error) { errors.Add(new InputError(Input, line, $"{where}: {error}")); return; }
            articles.Add(ToArticle(e));
        }
    }

    private static string? Record(JsonElement e, long maxChars)
    {
        if (e.ValueKind != JsonValueKind.Object) return "expected a JSON object";
        if (!e.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString()))
            return "missing string field 'id'";
        if (!e.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String) return "missing string field 'text'";
        if (text.GetString()!.Length > maxChars) return $"article text over the limit of {maxChars} characters";
        foreach (var name in (string[])["published", "title", "url", "outlet"])
            if (e.TryGetProperty(name, out var v) && v.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                return $"field '{name}' must be a string";
        if (Optional(e, "published") is { } p && ParseDate(p) is null) return $"'published' is not an ISO 8601 date: {p}";
        return null;
    }

    private static Article ToArticle(JsonElement e) => new()
    {
        Id = e.GetProperty("id").GetString()!,
        Source = "api",
        Text = e.GetProperty("text").GetString()!,
        Published = Optional(e, "published") is { } p ? ParseDate(p) : null,
        Title = Optional(e, "title"),
        Url = Optional(e, "url"),
        Outlet = Optional(e, "outlet"),
    };

    private static string? Optional(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>"2024-10-23" or a timestamp starting with it ("2024-10-23T08:00:00Z"): the day as written, no time-zone shift.</summary>
    private static DateOnly? ParseDate(string s)
        => s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
           && (s.Length == 10 || s[10] is 'T' or ' ')
            ? d : null;
}
