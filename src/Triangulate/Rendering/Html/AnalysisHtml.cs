using System.Globalization;
using System.Text;
using Triangulate.Documents;
using Triangulate.Rendering.Json;
using static Triangulate.Rendering.Html.HtmlPage;

namespace Triangulate.Rendering.Html;

/// <summary>
/// The per-article analysis as one self-contained page: each article's original text with noise greyed and every
/// extracted mention, quote, figure and time highlighted in place, followed by lists that link to those spans.
/// Only sections whose stage ran are shown.
/// </summary>
public static class AnalysisHtml
{
    public static string Render(IReadOnlyList<AnalyzedArticle> articles, IReadOnlyList<InputError> errors)
    {
        var ordered = articles.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
        var labels = new CitationLabels(ordered.Select(a => a.Article.Id));
        var h = new StringBuilder();
        Open(h, "Triangulate analysis");
        h.Append("<header>\n<h1>Triangulate analysis</h1>\n<p class=\"meta\">").Append(H(BriefHtml.Plural(ordered.Count, "article", "articles")));
        if (errors.Count > 0) h.Append(" · <span class=\"errors\">").Append(H(BriefHtml.Plural(errors.Count, "input failed", "inputs failed"))).Append("</span>");
        h.Append(". Legend: <mark class=\"mention\">mention</mark> <mark class=\"quote\">quote</mark> <mark class=\"quantity\">figure</mark> ")
         .Append("<mark class=\"time\">time</mark> <span class=\"removed\">removed</span>.</p>\n");
        if (ordered.Count > 1)
            h.Append("<p class=\"meta\">").Append(string.Join(" · ", ordered.Select(a => $"<a href=\"#art-{labels.Index(a.Article.Id)}\">{H(labels.Label(a.Article.Id))}</a>"))).Append("</p>\n");
        h.Append("</header>\n<main>\n");
        foreach (var a in ordered) Article(h, a, labels);
        BriefHtml.Errors(h, errors);
        h.Append("</main>\n");
        Close(h);
        return h.ToString();
    }

    private static void Article(StringBuilder h, AnalyzedArticle a, CitationLabels labels)
    {
        var art = a.Article;
        var text = art.Text;
        var ran = a.StagesRun;
        var index = labels.Index(art.Id);
        var removed = AnalysisJson.RemovedOf(a);
        string Anchor(string kind, int start, int end) => $"a{index}-{kind}-{start}-{end}";
        string Link(string kind, int start, int end)
            => $"<a class=\"cite\" href=\"#{Anchor(kind, start, end)}\">{H(labels.Label(art.Id))}:{start}-{end}</a>";
        string Cut(int start, int end) => JsonOutput.SafeSubstring(text, start, end);

        var marks = new List<TextMark>();
        if (ran.Contains("mentions"))
            marks.AddRange(a.Mentions.Select(m => new TextMark(m.Start, m.End, Anchor("m", m.Start, m.End), "mention",
                $"{JsonOutput.KindName(m.Kind)}: {m.Canonical}{(m.Role is null ? "" : ", " + m.Role)}")));
        if (ran.Contains("quotes"))
            marks.AddRange(a.Quotes.Select(q => new TextMark(q.Start, q.End, Anchor("q", q.Start, q.End), "quote",
                $"{JsonOutput.KindName(q.Kind)} quote: {q.Speaker?.Canonical ?? q.Speaker?.Text ?? "unattributed"}")));
        if (ran.Contains("quantities"))
            marks.AddRange(a.Quantities.Select(q => new TextMark(q.Start, q.End, Anchor("n", q.Start, q.End), "quantity",
                $"{q.Qualifier} {q.Value?.ToString(CultureInfo.InvariantCulture) ?? q.Vague} {q.Unit}".Trim())));
        if (ran.Contains("times"))
            marks.AddRange(a.Times.Select(t => new TextMark(t.Start, t.End, Anchor("t", t.Start, t.End), "time",
                $"{JsonOutput.KindName(t.Type)}: {t.Value ?? "unresolved"}")));

        h.Append("<section class=\"article\" id=\"art-").Append(index).Append("\">\n<h2>[").Append(H(labels.Label(art.Id))).Append("] ")
         .Append(H(art.Title ?? art.Id)).Append("</h2>\n<p class=\"meta\">").Append(H(art.Id)).Append(" · ").Append(H(art.Source)).Append(" · ")
         .Append(H(art.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated")).Append("</p>\n");

        var counts = new List<string> { BriefHtml.Plural(removed.Count, "removed span", "removed spans") };
        if (ran.Contains("segmentation")) counts.Add(BriefHtml.Plural(a.BodySentences.Count(), "sentence", "sentences"));
        if (ran.Contains("mentions")) counts.Add(BriefHtml.Plural(a.Mentions.Count, "mention", "mentions"));
        if (ran.Contains("quotes")) counts.Add(BriefHtml.Plural(a.Quotes.Count, "quote", "quotes"));
        if (ran.Contains("quantities")) counts.Add(BriefHtml.Plural(a.Quantities.Count, "figure", "figures"));
        if (ran.Contains("times")) counts.Add(BriefHtml.Plural(a.Times.Count, "time expression", "time expressions"));
        h.Append("<p class=\"counts\">").Append(H(string.Join(" · ", counts))).Append("</p>\n");

        h.Append("<div class=\"text\">").Append(AnnotatedText.Render(text, removed, marks)).Append("</div>\n");

        if (removed.Count > 0)
        {
            h.Append("<h3>Removed</h3>\n<ul>\n");
            foreach (var r in removed)
                h.Append("<li>").Append(JsonOutput.KindName(r.Kind)).Append(": <span class=\"removed\">").Append(H(BriefHtml.Shorten(Cut(r.Start, r.End), 160)))
                 .Append("</span> <span class=\"count\">").Append(H(labels.Cite(art.Id, r.Start, r.End))).Append("</span></li>\n");
            h.Append("</ul>\n");
        }
        if (ran.Contains("quotes") && a.Quotes.Count > 0)
        {
            h.Append("<h3>Quotes</h3>\n<ul>\n");
            foreach (var q in a.Quotes.OrderBy(q => q.Start))
            {
                h.Append("<li><strong>").Append(H(q.Speaker?.Canonical ?? q.Speaker?.Text ?? "unattributed")).Append("</strong> <span class=\"count\">(")
                 .Append(JsonOutput.KindName(q.Kind));
                if (q.Cue is Span cue) h.Append(", ").Append(H(Cut(cue.Start, cue.End)));
                if (q.Chain.Count > 1) h.Append(", via ").Append(H(string.Join(" → ", q.Chain)));
                h.Append(")</span> ").Append(Link("q", q.Start, q.End)).Append("<blockquote>").Append(H(BriefHtml.Shorten(Cut(q.Start, q.End), 400))).Append("</blockquote></li>\n");
            }
            h.Append("</ul>\n");
        }
        if (ran.Contains("quantities") && a.Quantities.Count > 0)
        {
            h.Append("<h3>Figures</h3>\n<table>\n<tr><th>text</th><th>value</th><th>unit</th><th>about</th><th>qualifier</th><th>change</th></tr>\n");
            foreach (var q in a.Quantities.OrderBy(q => q.Start))
                h.Append("<tr><td>").Append(Link("n", q.Start, q.End)).Append(' ').Append(H(Cut(q.Start, q.End))).Append("</td><td>")
                 .Append(H(q.Value is null ? q.Vague ?? "" : q.Value.Value.ToString("#,0.###", CultureInfo.InvariantCulture) + (q.Max is { } max ? "–" + max.ToString("#,0.###", CultureInfo.InvariantCulture) : "")))
                 .Append("</td><td>").Append(H(q.Unit)).Append("</td><td>").Append(H(q.About)).Append("</td><td>").Append(H(q.Qualifier))
                 .Append("</td><td>").Append(H(q.Change)).Append("</td></tr>\n");
            h.Append("</table>\n");
        }
        if (ran.Contains("times") && a.Times.Count > 0)
        {
            h.Append("<h3>Dates and times</h3>\n<table>\n<tr><th>text</th><th>value</th><th>type</th></tr>\n");
            foreach (var t in a.Times.OrderBy(t => t.Start))
                h.Append("<tr><td>").Append(Link("t", t.Start, t.End)).Append(' ').Append(H(Cut(t.Start, t.End))).Append("</td><td>")
                 .Append(H(t.Value ?? "unresolved")).Append("</td><td>").Append(JsonOutput.KindName(t.Type)).Append("</td></tr>\n");
            h.Append("</table>\n");
        }
        if (ran.Contains("mentions") && a.Mentions.Count > 0)
        {
            h.Append("<h3>Who and what is mentioned</h3>\n<ul>\n");
            foreach (var g in a.Mentions.GroupBy(m => m.Entity).OrderBy(g => g.Min(m => m.Start)))
            {
                var first = g.First();
                h.Append("<li><strong>").Append(H(first.Canonical)).Append("</strong> <span class=\"count\">(").Append(JsonOutput.KindName(first.Kind));
                var role = g.Select(m => m.Role).FirstOrDefault(r => r is not null);
                if (role is not null) h.Append(", ").Append(H(role));
                h.Append(")</span> ").Append(string.Join("", g.OrderBy(m => m.Start).Take(8).Select(m => Link("m", m.Start, m.End)))).Append("</li>\n");
            }
            h.Append("</ul>\n");
        }
        h.Append("</section>\n");
    }
}
