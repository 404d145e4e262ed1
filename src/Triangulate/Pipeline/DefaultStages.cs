namespace Triangulate.Pipeline;

/// <summary>The stages of the default pipeline, in order. One line per capability.</summary>
internal static class DefaultStages
{
    internal static void Register(PipelineBuilder b)
    {
        b.Use(new Cleaning.CleaningStage());
        b.Use(new Text.SegmentationStage());
        // mentions
        b.Use(new Triangulate.Extraction.Mentions.MentionStage());
        // quotes
        // quantities
        // times
    }
}
