using System.Net;
using System.Text;
using Triangulate.Documents;

namespace Triangulate.Rendering.Html;

/// <summary>A highlighted stretch of an article's original text.</summary>
/// <param name="Id">Anchor id for links to this span, or null.</param>
/// <param name="Classes">CSS classes, space separated.</param>
/// <param name="Title">Tooltip shown on hover.</param>
public sealed record TextMark(int Start, int End, string? Id, string Classes, string? Title);

/// <summary>
/// Renders an article's original text as HTML with removed (non-body) spans greyed and marked spans highlighted.
/// Marks may overlap (a quote holds mentions and figures), so the text is cut at every mark boundary and each piece
/// carries the union of the classes covering it; a mark's anchor id sits on its first piece, so a link to it jumps
/// to where the span starts.
/// </summary>
public static class AnnotatedText
{
    public static string Render(string text, IReadOnlyList<RemovedSpan> removed, IReadOnlyList<TextMark> marks)
    {
        var len = text.Length;
        var cuts = new SortedSet<int> { 0, len };
        foreach (var r in removed) { cuts.Add(Math.Clamp(r.Start, 0, len)); cuts.Add(Math.Clamp(r.End, 0, len)); }
        var cleanMarks = marks
            .Select(m => m with { Start = Math.Clamp(m.Start, 0, len), End = Math.Clamp(m.End, 0, len) })
            .Where(m => m.End > m.Start)
            .OrderBy(m => m.Start).ThenByDescending(m => m.End)
            .ToList();
        foreach (var m in cleanMarks) { cuts.Add(m.Start); cuts.Add(m.End); }

        var html = new StringBuilder(len * 2);
        var points = cuts.ToList();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < points.Count; i++)
        {
            int a = points[i], b = points[i + 1];
            var removedHere = removed.FirstOrDefault(r => r.Start <= a && r.End >= b);
            var covering = cleanMarks.Where(m => m.Start <= a && m.End >= b).ToList();
            var starting = cleanMarks.Where(m => m.Start == a && m.Id is not null && usedIds.Add(m.Id)).Select(m => m.Id!).ToList();

            if (removedHere is not null)
                html.Append("<span class=\"removed\" title=\"removed: ").Append(Json.JsonOutput.KindName(removedHere.Kind)).Append("\">");

            var piece = WebUtility.HtmlEncode(text.Substring(a, b - a));
            if (covering.Count == 0)
            {
                foreach (var id in starting) html.Append("<span class=\"anchor\" id=\"").Append(Attr(id)).Append("\"></span>");
                html.Append(piece);
            }
            else
            {
                foreach (var id in starting.Skip(1)) html.Append("<span class=\"anchor\" id=\"").Append(Attr(id)).Append("\"></span>");
                var classes = string.Join(' ', covering.SelectMany(m => m.Classes.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal));
                var titles = covering.Select(m => m.Title).Where(t => !string.IsNullOrEmpty(t)).Distinct().ToList();
                html.Append("<mark");
                if (starting.Count > 0) html.Append(" id=\"").Append(Attr(starting[0])).Append('"');
                html.Append(" class=\"").Append(Attr(classes)).Append('"');
                if (titles.Count > 0) html.Append(" title=\"").Append(Attr(string.Join(" · ", titles))).Append('"');
                html.Append('>').Append(piece).Append("</mark>");
            }

            if (removedHere is not null) html.Append("</span>");
        }
        return html.ToString();
    }

    public static string Attr(string s) => WebUtility.HtmlEncode(s);
}
