using System.Text;
using Triangulate.Documents;
using Triangulate.Fusion;
using Triangulate.Rendering.Json;

namespace Triangulate.Rendering.Markdown;

/// <summary>
/// The brief as a newsroom reads it in a terminal: per story what is agreed (with article counts and independent
/// sources), where sources differ, who said what, the timeline, then the sources. Every line ends with citations
/// like <c>[000:123-140]</c> (article label, start, end in the original text) resolved in the Sources list.
/// Only sections that fusion produced are shown.
/// </summary>
public static class BriefMarkdown
{
    public static string Render(Brief brief)
    {
        var labels = new CitationLabels(brief.Articles.Select(a => a.Id));
        var md = new StringBuilder();
        md.Append("# Triangulate brief\n\n");
        md.Append(Md.Plural(brief.Articles.Count, "article", "articles")).Append(", ")
          .Append(Md.Plural(brief.Stories.Count, "story", "stories"));
        if (brief.Errors.Count > 0) md.Append(", ").Append(Md.Plural(brief.Errors.Count, "input failed", "inputs failed"));
        md.Append(". Citations read `[article:start-end]`, character offsets in the article's original text.\n");

        foreach (var story in brief.Stories) Story(md, story, labels);

        Sources(md, brief.Articles, labels);
        Errors(md, brief.Errors);
        return md.ToString();
    }

    private static void Story(StringBuilder md, Story s, CitationLabels labels)
    {
        var entityNames = (s.Entities ?? []).ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        string Name(string? id) => id is null ? "unattributed" : entityNames.TryGetValue(id, out var n) ? n : id;

        md.Append("\n## ").Append(Md.Text(s.Headline)).Append(" (").Append(s.Id).Append(")\n\n");
        md.Append(Md.Plural(s.Articles.Count, "article", "articles")).Append(": ")
          .Append(string.Join(", ", s.Articles.Select(labels.Label)));
        if (s.IndependentSources is int independent) md.Append(" · ").Append(Md.Plural(independent, "independent source", "independent sources"));
        md.Append('\n');

        var nothing = s.Summary is null && s.Claims is null && s.Disagreements is null && s.Quotes is null
                      && s.Timeline is null && s.Entities is null && s.Changes is null;
        if (nothing)
            md.Append("\n_Only the grouping of articles is available: no claims, quotes or timeline were computed for this story._\n");

        if (s.Summary is { } summary)
        {
            md.Append("\n### In short\n\n");
            if (summary.Count == 0) md.Append("_No summary sentence had enough support._\n");
            foreach (var sentence in summary)
                md.Append("- ").Append(Md.Text(sentence.Text)).Append(' ').Append(Md.Cites(labels, sentence.Evidence)).Append('\n');
        }

        if (s.Claims is { } claims)
        {
            var (shared, single) = ClaimSources.Split(claims);
            md.Append("\n### What sources agree on\n\n");
            if (shared.Count == 0) md.Append("_No figure or statement was found in more than one article._\n");
            foreach (var c in shared) Claim(md, c, labels, entityNames);
            if (single.Count > 0)
            {
                md.Append("\n### Reported in one article only\n\n");
                foreach (var c in single) Claim(md, c, labels, entityNames);
            }
        }

        if (s.Disagreements is { } disagreements)
        {
            md.Append("\n### Where sources differ\n\n");
            if (disagreements.Count == 0) md.Append("_No disagreement found._\n");
            var claimById = (s.Claims ?? []).ToDictionary(c => c.Id, StringComparer.Ordinal);
            foreach (var d in disagreements)
            {
                md.Append("- **").Append(Md.Text(d.About)).Append("** (").Append(d.Kind).Append("): ").Append(Md.Text(d.Explanation)).Append('\n');
                foreach (var p in d.Positions)
                {
                    var (text, evidence) = Position(s, p);
                    md.Append("  - ").Append(Md.Excerpt(text, 160))
                      .Append(" — ").Append(string.Join(", ", p.Articles.Select(labels.Label)));
                    if (evidence.Count > 0) md.Append(' ').Append(Md.Cites(labels, evidence, 4));
                    md.Append('\n');
                }
            }
        }

        if (s.Changes is { } changes && changes.Count > 0)
        {
            md.Append("\n### How figures moved\n\n");
            var claimById = (s.Claims ?? []).ToDictionary(c => c.Id, StringComparer.Ordinal);
            foreach (var c in changes)
            {
                md.Append("- **").Append(Md.Text(c.About)).Append("**: ");
                md.Append(string.Join(" → ", c.Steps.Select(step =>
                {
                    var label = claimById.TryGetValue(step.Claim, out var claim)
                        ? $"{Md.Number(claim.Value)}{(claim.Max is { } max ? "–" + Md.Number(max) : "")} {Md.Text(claim.Unit)}".Trim()
                        : step.Claim;
                    var cite = claim?.Evidence.FirstOrDefault() is { } ev ? " " + labels.Cite(ev) : "";
                    return $"{label} ({step.Date ?? "undated"}){cite}";
                })));
                md.Append('\n');
            }
        }

        if (s.Quotes is { } quotes)
        {
            md.Append("\n### Who said what\n\n");
            if (quotes.Count == 0) md.Append("_No quotation found._\n");
            foreach (var speaker in QuotesBySpeaker.Group(quotes, Name))
            {
                md.Append("- **").Append(Md.Text(speaker.Name)).Append("** — ")
                  .Append(Md.Plural(speaker.Quotes.Count, "utterance", "utterances")).Append(" in ")
                  .Append(Md.Plural(speaker.Articles, "article", "articles")).Append('\n');
                foreach (var q in speaker.Quotes)
                {
                    var first = q.Versions.FirstOrDefault();
                    md.Append("  - (").Append(JsonOutput.KindName(q.Kind));
                    if (q.Versions.Count > 1) md.Append(", ").Append(Md.Plural(q.Versions.Count, "version", "versions"));
                    md.Append(") ");
                    if (QuoteCues.Describe(q) is { } cues) md.Append('_').Append(Md.Text(cues)).Append("_ ");
                    md.Append("“").Append(Md.Excerpt(first?.Spoken, 220)).Append("” ");
                    md.Append(Md.Cites(labels, q.Versions.Select(v => new ArticleSpan(v.Article, v.Start, v.End, v.Text))));
                    var chain = first?.Chain ?? [];
                    if (chain.Count > 1) md.Append(" — via ").Append(string.Join(" → ", chain.Select(Md.Text)));
                    md.Append('\n');
                    foreach (var difference in q.Differences) md.Append("    - differs: ").Append(Md.Text(difference)).Append('\n');
                }
            }
        }

        if (s.Timeline is { } timeline)
        {
            md.Append("\n### Timeline\n\n");
            if (timeline.Count == 0) md.Append("_No dated event found._\n");
            foreach (var t in timeline)
                md.Append("- **").Append(t.Date).Append("**")
                  .Append(t.AlsoDated.Count > 0 ? " (also " + string.Join(", ", t.AlsoDated) + ") " : " ").Append(Md.Text(t.Event)).Append(' ').Append(Md.Cites(labels, t.Evidence)).Append('\n');
        }

        if (s.Entities is { } entities && entities.Count > 0)
        {
            md.Append("\n### Who and what is involved\n\n");
            var (shown, hidden) = EntitiesWorthListing(entities, s.Articles.Count);
            foreach (var e in shown)
            {
                var inArticles = e.Mentions.Select(m => m.Article).Distinct(StringComparer.Ordinal).Count();
                md.Append("- **").Append(Md.Text(e.Name)).Append("** (").Append(JsonOutput.KindName(e.Kind));
                if (e.Role is not null) md.Append(", ").Append(Md.Text(e.Role));
                md.Append(')');
                var aliases = e.Aliases.Where(a => a != e.Name).ToList();
                if (aliases.Count > 0) md.Append(", also ").Append(string.Join(", ", aliases.Select(Md.Text)));
                md.Append(" — ").Append(Md.Plural(e.Mentions.Count, "mention", "mentions")).Append(" in ")
                  .Append(Md.Plural(inArticles, "article", "articles")).Append(' ').Append(Md.Cites(labels, e.Mentions, 3));
                if (e.AlsoIn.Count > 0) md.Append(" — also in ").Append(string.Join(", ", e.AlsoIn.Select(id => "story " + id)));
                md.Append('\n');
            }
            if (hidden > 0) md.Append("- _and ").Append(Md.Plural(hidden, "more entity", "more entities")).Append(" (see the JSON)_\n");
        }

        if (s.Why is { } why && why.Count > 0)
        {
            md.Append("\n### Why these articles belong together\n\n");
            foreach (var (article, reason) in why.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                md.Append("- ").Append(labels.Label(article)).Append(": ").Append(Md.Text(reason)).Append('\n');
        }
    }

    /// <summary>What one side of a disagreement says, with its evidence. A position names a claim, or for
    /// wording/attribution disagreements a quote; a quote position shows the version those articles carry.</summary>
    public static (string Text, IReadOnlyList<ArticleSpan> Evidence) Position(Story s, DisagreementPosition p)
    {
        if (s.Claims?.FirstOrDefault(c => c.Id == p.Claim) is { } claim)
        {
            var own = claim.Evidence.Where(e => p.Articles.Contains(e.Article)).ToList();
            return (claim.Statement, own.Count > 0 ? own : claim.Evidence);
        }
        if (s.Quotes?.FirstOrDefault(q => q.Id == p.Claim) is { } quote)
        {
            var versions = quote.Versions.Where(v => p.Articles.Contains(v.Article)).ToList();
            if (versions.Count == 0) versions = quote.Versions.ToList();
            return ("“" + (versions.FirstOrDefault()?.Spoken ?? "") + "”",
                versions.Select(v => new ArticleSpan(v.Article, v.Start, v.End, v.Text)).ToList());
        }
        return (p.Claim, []);
    }

    /// <summary>A reader wants the cast of the story, not every name once mentioned: entities named in at least two
    /// articles (when the story has several), most widely reported first, at most 15.</summary>
    public static (IReadOnlyList<StoryEntity> Shown, int Hidden) EntitiesWorthListing(IReadOnlyList<StoryEntity> entities, int storyArticles)
    {
        const int max = 15;
        var ranked = entities
            .Select(e => (Entity: e, Articles: e.Mentions.Select(m => m.Article).Distinct(StringComparer.Ordinal).Count()))
            .Where(x => storyArticles < 2 || x.Articles >= 2)
            .OrderByDescending(x => x.Articles).ThenByDescending(x => x.Entity.Mentions.Count).ThenBy(x => x.Entity.Id, StringComparer.Ordinal)
            .Select(x => x.Entity)
            .Take(max)
            .ToList();
        return (ranked, entities.Count - ranked.Count);
    }

    private static void Claim(StringBuilder md, Claim c, CitationLabels labels, IReadOnlyDictionary<string, string> entityNames)
    {
        md.Append("- **").Append(Md.Text(c.Statement)).Append("** — ")
          .Append(Md.Plural(c.ArticleCount, "article", "articles")).Append(", ")
          .Append(Md.Plural(c.IndependentSources, "independent source", "independent sources"));
        if (c.Sources.Count > 0) md.Append(" (").Append(string.Join(", ", ClaimSources.Names(c, entityNames).Select(Md.Text))).Append(')');
        if (c.AsOf is not null) md.Append(", as of ").Append(c.AsOf);
        md.Append(' ').Append(Md.Cites(labels, c.Evidence)).Append(" (").Append(c.Id).Append(")\n");
    }

    private static void Sources(StringBuilder md, IReadOnlyList<BriefArticle> articles, CitationLabels labels)
    {
        md.Append("\n## Sources\n\n");
        foreach (var a in articles.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            md.Append("- [").Append(labels.Label(a.Id)).Append("] ");
            if (a.Title is not null) md.Append("**").Append(Md.Text(a.Title)).Append("** · ");
            if (a.Outlet is not null) md.Append(Md.Text(a.Outlet)).Append(" · ");
            md.Append(a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated")
              .Append(" · `").Append(a.Source.Replace("`", "'")).Append('`');
            if (a.Url is not null) md.Append(" · <").Append(a.Url).Append('>');
            if (a.CopyOf is not null) md.Append(" · copy of [").Append(labels.Label(a.CopyOf)).Append(']');
            foreach (var p in a.SharedPassages.OrderByDescending(p => p.Share).ThenBy(p => p.With, StringComparer.Ordinal))
                md.Append(" · shares ").Append(Math.Round(p.Share * 100).ToString(System.Globalization.CultureInfo.InvariantCulture))
                  .Append("% with [").Append(labels.Label(p.With)).Append(']');
            md.Append('\n');
        }
    }

    internal static void Errors(StringBuilder md, IReadOnlyList<InputError> errors)
    {
        if (errors.Count == 0) return;
        md.Append("\n## Inputs that failed\n\n");
        foreach (var e in errors)
            md.Append("- `").Append(e.Input.Replace("`", "'")).Append('`').Append(e.Line is int l ? $" line {l}" : "")
              .Append(": ").Append(Md.Text(e.Message)).Append('\n');
    }
}
