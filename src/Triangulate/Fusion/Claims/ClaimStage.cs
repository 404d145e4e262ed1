namespace Triangulate.Fusion.Claims;

/// <summary>Fills <see cref="Story.Claims"/> and the story's <see cref="Story.IndependentSources"/> (distinct sources
/// over all its claims, copies collapsed).</summary>
public sealed class ClaimStage : IStoryStage
{
    public string Name => "claims";

    public Story Apply(StoryContext context, Story story)
    {
        var analysis = ClaimAnalysis.For(context);
        var claims = analysis.Groups.Select(g => g.Claim).ToList();
        var sources = claims.SelectMany(c => c.Sources).Distinct(StringComparer.Ordinal).Count();
        return story with { Claims = claims, IndependentSources = sources };
    }
}
