using System.Globalization;
using Triangulate.Fusion.Claims;
using Triangulate.Fusion.Quotes;

namespace Triangulate.Fusion.Disagreements;

/// <summary>Fills <see cref="Story.Changes"/> (figures that move between reports) and
/// <see cref="Story.Disagreements"/> (value, date, attribution, wording, status). Reads the claim and quote
/// groupings of the same context, so it must run after the claim and quote stages' data exist (it computes them if
/// not).</summary>
public sealed class DisagreementStage : IStoryStage
{
    public string Name => "disagreements";

    public Story Apply(StoryContext context, Story story)
    {
        var claims = ClaimAnalysis.For(context);
        var series = FigureSeries.Find(claims);
        var all = new List<Disagreement>();
        all.AddRange(series.Disagreements);
        all.AddRange(QuoteDisagreements.Find(context, QuoteGrouping.For(context)));
        all.AddRange(StatusDisagreements.Find(claims));
        var numbered = all.Select((d, i) => d with { Id = "d" + (i + 1).ToString(CultureInfo.InvariantCulture) }).ToList();
        return story with { Changes = series.Changes, Disagreements = numbered };
    }
}
