using System.Text;
using Triangulate.Documents;
using Triangulate.Rendering.Json;

namespace Triangulate.Rendering.Markdown;

/// <summary>
/// The per-article analysis for reading: for each article its metadata, counts, the opening of the cleaned body,
/// what was removed as noise and why, then whichever extraction sections ran, each item cited by its span.
/// </summary>
public static class AnalysisMarkdown
{
    public static string Render(IReadOnlyList<AnalyzedArticle> articles, IReadOnlyList<InputError> errors)
    {
        var ordered = articles.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
        var labels = new CitationLabels(ordered.Select(a => a.Article.Id));
        var md = new StringBuilder();
        md.Append("# Triangulate analysis\n\n")
          .Append(Md.Plural(ordered.Count, "article", "articles"));
        if (errors.Count > 0) md.Append(", ").Append(Md.Plural(errors.Count, "input failed", "inputs failed"));
        md.Append(". Citations read `[article:start-end]`, character offsets in the article's original text.\n");

        foreach (var a in ordered) Article(md, a, labels);
        BriefMarkdown.Errors(md, errors);
        return md.ToString();
    }

    private static void Article(StringBuilder md, AnalyzedArticle a, CitationLabels labels)
    {
        var art = a.Article;
        var id = art.Id;
        var ran = a.StagesRun;
        var removed = AnalysisJson.RemovedOf(a);

        md.Append("\n## [").Append(labels.Label(id)).Append("] ").Append(Md.Text(art.Title ?? id)).Append("\n\n");
        md.Append("`").Append(art.Source.Replace("`", "'")).Append("` · ")
          .Append(art.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated");
        if (art.Outlet is not null) md.Append(" · ").Append(Md.Text(art.Outlet));
        if (art.Url is not null) md.Append(" · <").Append(art.Url).Append('>');
        md.Append('\n');

        var bodyChars = art.Text.Length - removed.Sum(r => Math.Max(0, Math.Min(r.End, art.Text.Length) - Math.Max(r.Start, 0)));
        var counts = new List<string> { Md.Plural(Math.Max(0, bodyChars), "body character", "body characters") };
        if (a.Paragraphs.Count > 0) counts.Add(Md.Plural(a.Paragraphs.Count, "paragraph", "paragraphs"));
        if (ran.Contains("segmentation") || a.Sentences.Count > 0) counts.Add(Md.Plural(a.BodySentences.Count(), "sentence", "sentences"));
        counts.Add(Md.Plural(removed.Count, "removed span", "removed spans"));
        if (ran.Contains("mentions"))
            counts.Add(Md.Plural(a.Mentions.Count, "mention", "mentions") + " of " + Md.Plural(a.Mentions.Select(m => m.Entity).Distinct().Count(), "entity", "entities"));
        if (ran.Contains("quotes")) counts.Add(Md.Plural(a.Quotes.Count, "quote", "quotes"));
        if (ran.Contains("quantities")) counts.Add(Md.Plural(a.Quantities.Count, "quantity", "quantities"));
        if (ran.Contains("times")) counts.Add(Md.Plural(a.Times.Count, "time expression", "time expressions"));
        md.Append(string.Join(" · ", counts)).Append('\n');

        var opening = Opening(a, removed);
        if (opening.Length > 0) md.Append("\n> ").Append(opening).Append('\n');

        if (removed.Count > 0)
        {
            md.Append("\n### Removed (not body text)\n\n");
            foreach (var r in removed)
                md.Append("- ").Append(JsonOutput.KindName(r.Kind)).Append(": “")
                  .Append(Md.Excerpt(JsonOutput.SafeSubstring(art.Text, r.Start, r.End), 120)).Append("” ")
                  .Append(labels.Cite(id, r.Start, r.End)).Append('\n');
        }

        if (ran.Contains("mentions"))
        {
            md.Append("\n### Who and what is mentioned\n\n");
            if (a.Mentions.Count == 0) md.Append("_None found._\n");
            foreach (var group in a.Mentions.GroupBy(m => m.Entity).OrderBy(g => g.Min(m => m.Start)))
            {
                var first = group.First();
                var role = group.Select(m => m.Role).FirstOrDefault(r => r is not null);
                md.Append("- **").Append(Md.Text(first.Canonical)).Append("** (").Append(JsonOutput.KindName(first.Kind));
                if (role is not null) md.Append(", ").Append(Md.Text(role));
                md.Append("): ");
                md.Append(string.Join(", ", group.OrderBy(m => m.Start).Take(6)
                    .Select(m => $"“{Md.Text(JsonOutput.SafeSubstring(art.Text, m.Start, m.End))}” {labels.Cite(id, m.Start, m.End)}")));
                if (group.Count() > 6) md.Append($" (+{group.Count() - 6} more)");
                md.Append('\n');
            }
        }

        if (ran.Contains("quotes"))
        {
            md.Append("\n### Quotes\n\n");
            if (a.Quotes.Count == 0) md.Append("_None found._\n");
            foreach (var q in a.Quotes.OrderBy(q => q.Start))
            {
                md.Append("- ").Append(JsonOutput.KindName(q.Kind)).Append(" — **")
                  .Append(Md.Text(q.Speaker?.Canonical ?? q.Speaker?.Text ?? "unattributed")).Append("**");
                var how = new List<string>();
                if (q.Speaker is { } s && s.Text != s.Canonical) how.Add($"as “{Md.Text(s.Text)}”");
                if (q.Cue is Span cue) how.Add($"cue “{Md.Text(JsonOutput.SafeSubstring(art.Text, cue.Start, cue.End))}”");
                if (q.Chain.Count > 1) how.Add("via " + string.Join(" → ", q.Chain.Select(Md.Text)));
                if (how.Count > 0) md.Append(" (").Append(string.Join(", ", how)).Append(')');
                md.Append(": “").Append(Md.Excerpt(JsonOutput.SafeSubstring(art.Text, q.Start, q.End), 220)).Append("” ")
                  .Append(labels.Cite(id, q.Start, q.End)).Append('\n');
            }
        }

        if (ran.Contains("quantities"))
        {
            md.Append("\n### Figures\n\n");
            if (a.Quantities.Count == 0) md.Append("_None found._\n");
            foreach (var q in a.Quantities.OrderBy(q => q.Start))
            {
                md.Append("- “").Append(Md.Text(JsonOutput.SafeSubstring(art.Text, q.Start, q.End))).Append("” → ");
                var value = q.Value is null ? (q.Vague ?? "?") : Md.Number(q.Value) + (q.Max is { } max ? "–" + Md.Number(max) : "");
                md.Append(q.Qualifier is null ? "" : q.Qualifier + " ").Append(value);
                if (q.Unit is not null) md.Append(' ').Append(Md.Text(q.Unit));
                if (q.About is not null) md.Append(", of ").Append(Md.Text(q.About));
                if (q.Change is not null) md.Append(" (").Append(q.Change).Append(')');
                md.Append(' ').Append(labels.Cite(id, q.Start, q.End)).Append('\n');
            }
        }

        if (ran.Contains("times"))
        {
            md.Append("\n### Dates and times\n\n");
            if (a.Times.Count == 0) md.Append("_None found._\n");
            foreach (var t in a.Times.OrderBy(t => t.Start))
                md.Append("- “").Append(Md.Text(JsonOutput.SafeSubstring(art.Text, t.Start, t.End))).Append("” → ")
                  .Append(t.Value ?? "unresolved").Append(" (").Append(JsonOutput.KindName(t.Type)).Append(t.Mod is null ? "" : ", " + t.Mod).Append(") ")
                  .Append(labels.Cite(id, t.Start, t.End)).Append('\n');
        }
    }

    /// <summary>The first two body sentences (each cut to start after any removed span it begins in, such as the
    /// " date ..." header), or the first 300 characters of body text when sentences are not known.</summary>
    private static string Opening(AnalyzedArticle a, IReadOnlyList<RemovedSpan> removed)
    {
        var pieces = new List<string>();
        foreach (var s in a.Sentences)
        {
            var start = s.Start;
            foreach (var r in removed)
                if (r.Start <= start && start < r.End) start = r.End;
            if (start >= s.End) continue;
            var piece = JsonOutput.SafeSubstring(a.Text, start, s.End).Trim();
            if (piece.Length == 0) continue;
            pieces.Add(piece);
            if (pieces.Count == 2) break;
        }
        if (pieces.Count > 0) return Md.Excerpt(string.Join(" ", pieces), 400);
        return Md.Excerpt(BodyText(a.Text, removed), 300);
    }

    /// <summary>The text with removed spans left out (a space in their place so words do not run together).</summary>
    internal static string BodyText(string text, IReadOnlyList<RemovedSpan> removed)
    {
        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var r in removed.OrderBy(r => r.Start))
        {
            var start = Math.Clamp(r.Start, 0, text.Length);
            if (start > at) sb.Append(text, at, start - at).Append(' ');
            at = Math.Max(at, Math.Clamp(r.End, 0, text.Length));
        }
        if (at < text.Length) sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }
}
