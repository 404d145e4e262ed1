namespace Triangulate.Fusion;

/// <summary>The places a story refers to a claim by id: change steps and disagreement positions (a position of a
/// wording disagreement names a quote, which the same mapping carries). Whoever renames or joins claims maps them
/// here, so a new kind of reference needs adding once.</summary>
internal static class ClaimReferences
{
    public static Story Follow(Story story, Func<string, string> follow) => story with
    {
        Changes = story.Changes?.Select(c => c with { Steps = c.Steps.Select(s => s with { Claim = follow(s.Claim) }).ToList() }).ToList(),
        Disagreements = story.Disagreements?.Select(d => d with { Positions = d.Positions.Select(p => p with { Claim = follow(p.Claim) }).ToList() }).ToList(),
    };
}
