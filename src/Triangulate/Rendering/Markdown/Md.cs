using System.Globalization;
using System.Text;

namespace Triangulate.Rendering.Markdown;

/// <summary>Small helpers shared by the Markdown renderers.</summary>
internal static class Md
{
    /// <summary>Article text inside Markdown: one line, with the few characters that would start emphasis, code, HTML
    /// or a table cell escaped. Brackets stay: "[000:1-9]" is not a link without a matching definition.</summary>
    public static string Text(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var sb = new StringBuilder(s.Length + 8);
        var lastSpace = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!lastSpace) sb.Append(' ');
                lastSpace = true;
                continue;
            }
            lastSpace = false;
            // Only what would change the meaning in a Markdown viewer; a terminal reader sees the rest as written.
            if (c is '\\' or '*' or '`' or '<' or '|') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    /// <summary>A quotation shown in a list: cut to <paramref name="max"/> characters at a word boundary.</summary>
    public static string Excerpt(string? s, int max = 160)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var one = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (one.Length > max)
        {
            var cut = one.LastIndexOf(' ', max - 1);
            one = (cut > max / 2 ? one[..cut] : one[..max]) + " …";
        }
        return Text(one);
    }

    public static string Number(double? value)
        => value is null ? "?" : value.Value.ToString(value.Value == Math.Floor(value.Value) ? "#,0" : "#,0.###", CultureInfo.InvariantCulture);

    public static string Plural(int n, string one, string many) => n.ToString("#,0", CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    public static string Cites(CitationLabels labels, IEnumerable<Documents.ArticleSpan> spans, int max = 8)
    {
        var list = spans.ToList();
        var shown = string.Join(' ', list.Take(max).Select(labels.Cite));
        return list.Count > max ? $"{shown} (+{list.Count - max} more)" : shown;
    }
}
