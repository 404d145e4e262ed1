using Triangulate.Documents;

namespace Triangulate.Fusion.Quotes;

/// <summary>Fills <see cref="Story.Quotes"/>: every quote of the story's articles, with versions of the same
/// utterance in different articles grouped as one quote and the wording differences between them spelled out.</summary>
public sealed class QuoteGroupingStage : IStoryStage
{
    public string Name => "quotes";

    public Story Apply(StoryContext context, Story story)
    {
        var grouping = QuoteGrouping.For(context);
        var quotes = new List<StoryQuote>(grouping.Groups.Count);
        for (var g = 0; g < grouping.Groups.Count; g++)
        {
            var items = grouping.Groups[g].Select(i => grouping.Items[i]).ToList();
            var versions = items
                .Select(q => new QuoteVersion(q.ArticleId, q.Quote.Start, q.Quote.End,
                    q.Doc.Text.Substring(q.Quote.Start, q.Quote.End - q.Quote.Start), q.Chain)
                {
                    Parts = q.Quote.Parts.Count > 1 ? q.Quote.Parts : [],
                    Cue = q.Quote.Cue is { } c && c.Start >= 0 && c.End <= q.Doc.Text.Length && c.End > c.Start
                        ? new ArticleSpan(q.ArticleId, c.Start, c.End, q.Doc.Text[c.Start..c.End]) : null,
                })
                .ToList();
            // The speaker most versions agree on; an attribution conflict is reported by the disagreement stage.
            var speaker = items.Where(q => q.SpeakerEntity is not null)
                .GroupBy(q => q.SpeakerEntity!)
                .OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => s.Key).FirstOrDefault();
            var kind = items.GroupBy(q => q.Quote.Kind)
                .OrderByDescending(k => k.Count()).ThenBy(k => k.Key)
                .First().Key;
            quotes.Add(new StoryQuote(grouping.GroupId(g), speaker, kind, versions, QuoteDiff.Describe(items))
            {
                SpeakerName = items.Select(q => q.SpeakerName).FirstOrDefault(n => n.Length > 0),
            });
        }
        return story with { Quotes = quotes };
    }
}
