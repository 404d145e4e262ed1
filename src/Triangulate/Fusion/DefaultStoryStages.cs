namespace Triangulate.Fusion;

/// <summary>The story-level stages of the default brief, in order. One line per capability; later stages read
/// what earlier ones produced (disagreements read claims).</summary>
internal static class DefaultStoryStages
{
    internal static void Register(BriefBuilder b)
    {
        // quotes, claims, disagreements (with changes), timeline, summary — in the order ClaimStages gives.
        foreach (var stage in ClaimStages.All()) b.Use(stage);
    }
}
