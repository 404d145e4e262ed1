namespace Triangulate.Pipeline;

/// <summary>The stages of the default pipeline, in order. One line per capability. Mentions run before quotes,
/// which resolve speakers to them.</summary>
internal static class DefaultStages
{
    internal static void Register(PipelineBuilder b)
    {
        b.Use(new Cleaning.CleaningStage());
        b.Use(new Text.SegmentationStage());
        b.Use(new Extraction.Mentions.MentionStage());
        b.Use(new Extraction.Quotes.QuoteStage());
        b.Use(new Extraction.Quantities.QuantityStage());
        b.Use(new Extraction.Times.TimeStage());
    }
}
