using System.Text.Json;
using Triangulate.Documents;

namespace Triangulate.Rendering.Json;

/// <summary>
/// Writes the <c>triangulate.analysis/1</c> document (docs: shared/docs/output-format.md, extensions in
/// docs/FORMAT-EXTENSIONS.md). A section appears only when its stage ran (<see cref="AnalyzedArticle.StagesRun"/>):
/// an empty list means "looked and found nothing", an absent one "not looked", and the two must not be confused.
/// </summary>
public static class AnalysisJson
{
    public const string Schema = "triangulate.analysis/1";

    public static byte[] Render(IReadOnlyList<AnalyzedArticle> articles, IReadOnlyList<InputError> errors)
        => JsonOutput.Write(w => Write(w, articles, errors));

    public static void Write(Utf8JsonWriter w, IReadOnlyList<AnalyzedArticle> articles, IReadOnlyList<InputError> errors)
    {
        var ordered = articles.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
        var entityIds = new DocumentEntityIds(ordered);

        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WritePropertyName("articles");
        w.WriteStartArray();
        foreach (var a in ordered) WriteArticle(w, a, entityIds);
        w.WriteEndArray();
        JsonOutput.Errors(w, errors);
        w.WriteEndObject();
    }

    /// <summary>Removed spans as reported: what the cleaning stage found plus what the reader already knew (the
    /// leading " date ..." header), so nothing known to be noise is silently dropped even if cleaning did not run.</summary>
    public static IReadOnlyList<RemovedSpan> RemovedOf(AnalyzedArticle a)
        => a.Removed.Concat(a.Article.KnownNoise).Distinct()
            .OrderBy(r => r.Start).ThenBy(r => r.End).ThenBy(r => r.Kind).ToList();

    private static void WriteArticle(Utf8JsonWriter w, AnalyzedArticle a, DocumentEntityIds ids)
    {
        var art = a.Article;
        var text = art.Text;
        var ran = a.StagesRun;

        w.WriteStartObject();
        JsonOutput.String(w, "id", art.Id);
        JsonOutput.String(w, "source", art.Source);
        JsonOutput.Date(w, "published", art.Published);
        JsonOutput.String(w, "title", art.Title);
        if (art.Url is not null) JsonOutput.String(w, "url", art.Url);
        if (art.Outlet is not null) JsonOutput.String(w, "outlet", art.Outlet);
        if (art.TextIsExtracted) JsonOutput.String(w, "text", text);

        w.WritePropertyName("removed");
        w.WriteStartArray();
        foreach (var r in RemovedOf(a))
        {
            w.WriteStartObject();
            w.WriteNumber("start", r.Start);
            w.WriteNumber("end", r.End);
            w.WriteString("kind", JsonOutput.KindName(r.Kind));
            JsonOutput.String(w, "text", JsonOutput.SafeSubstring(text, r.Start, r.End));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        if (ran.Contains("segmentation") || a.Paragraphs.Count > 0)
        {
            w.WritePropertyName("paragraphs");
            w.WriteStartArray();
            foreach (var p in a.Paragraphs) { w.WriteStartObject(); w.WriteNumber("start", p.Start); w.WriteNumber("end", p.End); w.WriteEndObject(); }
            w.WriteEndArray();
        }
        if (ran.Contains("segmentation") || a.Sentences.Count > 0)
        {
            w.WritePropertyName("sentences");
            w.WriteStartArray();
            foreach (var s in a.Sentences) { w.WriteStartObject(); w.WriteNumber("start", s.Start); w.WriteNumber("end", s.End); w.WriteEndObject(); }
            w.WriteEndArray();
        }

        if (ran.Contains("mentions"))
        {
            w.WritePropertyName("mentions");
            w.WriteStartArray();
            foreach (var m in a.Mentions.OrderBy(m => m.Start).ThenBy(m => m.End))
            {
                w.WriteStartObject();
                w.WriteNumber("start", m.Start);
                w.WriteNumber("end", m.End);
                JsonOutput.String(w, "text", JsonOutput.SafeSubstring(text, m.Start, m.End));
                w.WriteString("kind", JsonOutput.KindName(m.Kind));
                JsonOutput.String(w, "entity", ids[art.Id, m.Entity]);
                JsonOutput.String(w, "canonical", m.Canonical);
                JsonOutput.String(w, "role", m.Role);
                JsonOutput.String(w, "form", m.Form);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        if (ran.Contains("quotes"))
        {
            w.WritePropertyName("quotes");
            w.WriteStartArray();
            foreach (var q in a.Quotes.OrderBy(q => q.Start).ThenBy(q => q.End)) WriteQuote(w, art.Id, text, q, ids);
            w.WriteEndArray();
        }

        if (ran.Contains("quantities"))
        {
            w.WritePropertyName("quantities");
            w.WriteStartArray();
            foreach (var q in a.Quantities.OrderBy(q => q.Start).ThenBy(q => q.End))
            {
                w.WriteStartObject();
                w.WriteNumber("start", q.Start);
                w.WriteNumber("end", q.End);
                JsonOutput.String(w, "text", JsonOutput.SafeSubstring(text, q.Start, q.End));
                JsonOutput.Number(w, "value", q.Value);
                JsonOutput.Number(w, "max", q.Max);
                JsonOutput.String(w, "unit", q.Unit);
                JsonOutput.String(w, "about", q.About);
                if (q.AboutSpan is Span about)
                {
                    w.WritePropertyName("aboutSpan");
                    JsonOutput.LocalSpan(w, text, about.Start, about.End);
                }
                JsonOutput.String(w, "qualifier", q.Qualifier);
                JsonOutput.String(w, "vague", q.Vague);
                JsonOutput.String(w, "change", q.Change);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        if (ran.Contains("times"))
        {
            w.WritePropertyName("times");
            w.WriteStartArray();
            foreach (var t in a.Times.OrderBy(t => t.Start).ThenBy(t => t.End))
            {
                w.WriteStartObject();
                w.WriteNumber("start", t.Start);
                w.WriteNumber("end", t.End);
                JsonOutput.String(w, "text", JsonOutput.SafeSubstring(text, t.Start, t.End));
                JsonOutput.String(w, "value", t.Value);
                w.WriteString("type", JsonOutput.KindName(t.Type));
                if (t.Mod is not null) JsonOutput.String(w, "mod", t.Mod);
                if (t.Relative) w.WriteBoolean("relative", true);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter w, string articleId, string text, Quote q, DocumentEntityIds ids)
    {
        w.WriteStartObject();
        w.WriteString("kind", JsonOutput.KindName(q.Kind));
        w.WriteNumber("start", q.Start);
        w.WriteNumber("end", q.End);
        JsonOutput.String(w, "text", JsonOutput.SafeSubstring(text, q.Start, q.End));
        if (q.Parts.Count > 0)
        {
            w.WritePropertyName("parts");
            w.WriteStartArray();
            foreach (var p in q.Parts) JsonOutput.LocalSpan(w, text, p.Start, p.End);
            w.WriteEndArray();
        }

        w.WritePropertyName("speaker");
        if (q.Speaker is { } s)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            JsonOutput.String(w, "text", JsonOutput.SafeSubstring(text, s.Start, s.End));
            JsonOutput.String(w, "entity", ids[articleId, s.Entity]);
            JsonOutput.String(w, "canonical", s.Canonical);
            w.WriteEndObject();
        }
        else w.WriteNullValue();

        w.WritePropertyName("cue");
        if (q.Cue is Span cue) JsonOutput.LocalSpan(w, text, cue.Start, cue.End);
        else w.WriteNullValue();

        // No speaker means no attribution to follow, whatever an extractor left behind.
        JsonOutput.StringArray(w, "chain", q.Speaker is null ? [] : q.Chain);
        if (q.Speaker is not null && q.ChainEntities.Count == q.Chain.Count && q.ChainEntities.Any(e => e is not null))
            JsonOutput.StringArray(w, "chainEntities", q.ChainEntities.Select(e => ids[articleId, e]));
        w.WritePropertyName("confidence");
        w.WriteNumberValue(Math.Round(q.Confidence, 3));
        if (q.Negated) w.WriteBoolean("negated", true);
        w.WriteEndObject();
    }
}
