namespace Triangulate.Fusion;

/// <summary>The story-level stages of the default brief, in order. One line per capability; later stages read
/// what earlier ones produced (disagreements read claims).</summary>
internal static class DefaultStoryStages
{
    internal static void Register(BriefBuilder b)
    {
        b.Use(new Quotes.QuoteGroupingStage());        // quotes
        b.Use(new Claims.ClaimStage());                 // claims
        b.Use(new Disagreements.DisagreementStage());   // disagreements (+ changes)
        b.Use(new Timeline.TimelineStage());            // timeline
        b.Use(new Summary.SummaryStage());              // summary
    }
}
