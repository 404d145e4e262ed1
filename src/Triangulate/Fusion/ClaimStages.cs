using Triangulate.Fusion.Claims;
using Triangulate.Fusion.Disagreements;
using Triangulate.Fusion.Quotes;
using Triangulate.Fusion.Summary;
using Triangulate.Fusion.Timeline;

namespace Triangulate.Fusion;

/// <summary>The story stages of quotes, claims, disagreements, timeline and summary, in the order they must run
/// (disagreements and summary read the quote and claim groupings). The fusion orchestrator appends these after
/// copies, stories and entities are known.</summary>
public static class ClaimStages
{
    public static IReadOnlyList<IStoryStage> All() =>
    [
        new QuoteGroupingStage(),
        new ClaimStage(),
        new DisagreementStage(),
        new JointHolderStage(),
        new TimelineStage(),
        new SummaryStage(),
    ];
}
