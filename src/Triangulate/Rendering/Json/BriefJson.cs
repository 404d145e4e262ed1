using System.Text.Json;
using Triangulate.Documents;
using Triangulate.Fusion;

namespace Triangulate.Rendering.Json;

/// <summary>
/// Writes the <c>triangulate.brief/1</c> document from a <see cref="Brief"/>. A story section that is null (no
/// fusion step produced it) is left out; an empty one is written as []. Nothing is computed here: the renderer
/// only orders and prints what fusion decided, so the JSON, Markdown and HTML views cannot disagree.
/// </summary>
public static class BriefJson
{
    public const string Schema = "triangulate.brief/1";

    public static byte[] Render(Brief brief) => JsonOutput.Write(w => Write(w, brief));

    public static void Write(Utf8JsonWriter w, Brief brief)
    {
        w.WriteStartObject();
        w.WriteString("schema", Schema);

        w.WritePropertyName("articles");
        w.WriteStartArray();
        foreach (var a in brief.Articles.OrderBy(a => a.Id, StringComparer.Ordinal)) WriteArticle(w, a);
        w.WriteEndArray();

        w.WritePropertyName("stories");
        w.WriteStartArray();
        foreach (var s in brief.Stories) WriteStory(w, s);
        w.WriteEndArray();

        JsonOutput.Errors(w, brief.Errors);
        w.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter w, BriefArticle a)
    {
        w.WriteStartObject();
        JsonOutput.String(w, "id", a.Id);
        JsonOutput.Date(w, "published", a.Published);
        JsonOutput.String(w, "title", a.Title);
        JsonOutput.String(w, "source", a.Source);
        if (a.Outlet is not null) JsonOutput.String(w, "outlet", a.Outlet);
        if (a.Url is not null) JsonOutput.String(w, "url", a.Url);
        JsonOutput.String(w, "copyOf", a.CopyOf);
        w.WritePropertyName("sharedPassages");
        w.WriteStartArray();
        foreach (var p in a.SharedPassages.OrderBy(p => p.With, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            JsonOutput.String(w, "with", p.With);
            JsonOutput.Number(w, "share", Math.Round(p.Share, 4));
            if (p.Passages.Count > 0) Spans(w, "passages", p.Passages);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStory(Utf8JsonWriter w, Story s)
    {
        w.WriteStartObject();
        JsonOutput.String(w, "id", s.Id);
        JsonOutput.String(w, "headline", s.Headline);
        JsonOutput.StringArray(w, "articles", s.Articles);

        if (s.Why is { } why)
        {
            w.WritePropertyName("why");
            w.WriteStartObject();
            foreach (var (article, reason) in why.OrderBy(kv => kv.Key, StringComparer.Ordinal)) JsonOutput.String(w, article, reason);
            w.WriteEndObject();
        }

        if (s.Entities is { } entities)
        {
            w.WritePropertyName("entities");
            w.WriteStartArray();
            foreach (var e in entities)
            {
                w.WriteStartObject();
                JsonOutput.String(w, "id", e.Id);
                if (e.Identity is { } identity) JsonOutput.String(w, "identity", identity);
                if (e.AlsoIn.Count > 0) JsonOutput.StringArray(w, "alsoIn", e.AlsoIn);
                JsonOutput.String(w, "name", e.Name);
                w.WriteString("kind", JsonOutput.KindName(e.Kind));
                JsonOutput.String(w, "role", e.Role);
                JsonOutput.StringArray(w, "aliases", e.Aliases);
                Spans(w, "mentions", e.Mentions);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        if (s.Quotes is { } quotes)
        {
            w.WritePropertyName("quotes");
            w.WriteStartArray();
            foreach (var q in quotes)
            {
                w.WriteStartObject();
                JsonOutput.String(w, "id", q.Id);
                JsonOutput.String(w, "speaker", q.Speaker);
                w.WriteString("kind", JsonOutput.KindName(q.Kind));
                w.WritePropertyName("versions");
                w.WriteStartArray();
                foreach (var v in q.Versions)
                {
                    w.WriteStartObject();
                    JsonOutput.String(w, "article", v.Article);
                    w.WriteNumber("start", v.Start);
                    w.WriteNumber("end", v.End);
                    JsonOutput.String(w, "text", v.Text);
                    JsonOutput.StringArray(w, "chain", v.Chain);
                    if (v.Cue is { } cue)
                    {
                        // extension: the version's cue ("said", "denied"), in the article's offsets
                        w.WritePropertyName("cue");
                        w.WriteStartObject();
                        w.WriteNumber("start", cue.Start);
                        w.WriteNumber("end", cue.End);
                        JsonOutput.String(w, "text", cue.Text);
                        w.WriteEndObject();
                    }
                    if (v.Parts.Count > 1)
                    {
                        // extension: the quoted stretches of a quotation split by its attribution
                        w.WritePropertyName("parts");
                        w.WriteStartArray();
                        foreach (var part in v.Parts)
                        {
                            w.WriteStartObject();
                            w.WriteNumber("start", part.Start);
                            w.WriteNumber("end", part.End);
                            JsonOutput.String(w, "text", v.TextOf(part));
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                JsonOutput.StringArray(w, "differences", q.Differences);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        if (s.Claims is { } claims)
        {
            w.WritePropertyName("claims");
            w.WriteStartArray();
            foreach (var c in claims)
            {
                w.WriteStartObject();
                JsonOutput.String(w, "id", c.Id);
                JsonOutput.String(w, "statement", c.Statement);
                JsonOutput.Number(w, "value", c.Value);
                JsonOutput.Number(w, "max", c.Max);
                JsonOutput.String(w, "qualifier", c.Qualifier);
                JsonOutput.String(w, "unit", c.Unit);
                JsonOutput.String(w, "asOf", c.AsOf);
                JsonOutput.StringArray(w, "sources", c.Sources);
                Spans(w, "evidence", c.Evidence);
                w.WriteNumber("articleCount", c.ArticleCount);
                w.WriteNumber("independentSources", c.IndependentSources);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        if (s.IndependentSources is int independent) w.WriteNumber("independentSources", independent);

        if (s.Changes is { } changes)
        {
            w.WritePropertyName("changes");
            w.WriteStartArray();
            foreach (var c in changes)
            {
                w.WriteStartObject();
                JsonOutput.String(w, "about", c.About);
                w.WritePropertyName("steps");
                w.WriteStartArray();
                foreach (var step in c.Steps)
                {
                    w.WriteStartObject();
                    JsonOutput.String(w, "claim", step.Claim);
                    JsonOutput.String(w, "date", step.Date);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        if (s.Disagreements is { } disagreements)
        {
            w.WritePropertyName("disagreements");
            w.WriteStartArray();
            foreach (var d in disagreements)
            {
                w.WriteStartObject();
                JsonOutput.String(w, "id", d.Id);
                JsonOutput.String(w, "kind", d.Kind);
                JsonOutput.String(w, "about", d.About);
                w.WritePropertyName("positions");
                w.WriteStartArray();
                foreach (var p in d.Positions)
                {
                    w.WriteStartObject();
                    JsonOutput.String(w, "claim", p.Claim);
                    JsonOutput.StringArray(w, "articles", p.Articles);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                JsonOutput.String(w, "explanation", d.Explanation);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        if (s.Timeline is { } timeline)
        {
            w.WritePropertyName("timeline");
            w.WriteStartArray();
            foreach (var t in timeline)
            {
                w.WriteStartObject();
                JsonOutput.String(w, "date", t.Date);
                JsonOutput.String(w, "event", t.Event);
                Spans(w, "evidence", t.Evidence);
                if (t.Mod is not null) JsonOutput.String(w, "mod", t.Mod);                   // extension
                if (t.AlsoDated.Count > 0) JsonOutput.StringArray(w, "alsoDated", t.AlsoDated); // extension
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        if (s.Summary is { } summary)
        {
            w.WritePropertyName("summary");
            w.WriteStartArray();
            foreach (var sentence in summary)
            {
                w.WriteStartObject();
                JsonOutput.String(w, "text", sentence.Text);
                Spans(w, "evidence", sentence.Evidence);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void Spans(Utf8JsonWriter w, string name, IReadOnlyList<ArticleSpan> spans)
    {
        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var span in spans) JsonOutput.ArticleSpan(w, span);
        w.WriteEndArray();
    }
}
