namespace Triangulate.Fusion.Claims;

/// <summary>
/// One claim for a statement made of several holders at once. "Russia and North Korea have denied the troop
/// movements" is analysed per holder (so that Russia's stance can be set against another report of Russia's stance),
/// which leaves the reader two claims with the same words and evidence. This stage joins them: one claim, both
/// sources, the union of the evidence; changes and disagreements that named a joined claim name the survivor.
/// Claims are joined only when they say the same thing (kind, status, value, unit, date, statement) from the same
/// sentence and have no source in common: two holders quoted separately in the same words stay apart.
/// </summary>
public sealed class JointHolderStage : IStoryStage
{
    public string Name => "joint-holders";

    public Story Apply(StoryContext context, Story story)
    {
        if (story.Claims is not { Count: > 1 } claims) return story;
        var kept = new List<Claim>();
        var survivor = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            var at = kept.FindIndex(k => SameAssertion(k, claim) && k.Evidence.Intersect(claim.Evidence).Any()
                                         && !k.Sources.Intersect(claim.Sources, StringComparer.Ordinal).Any());
            if (at < 0) { kept.Add(claim); continue; }
            kept[at] = Join(kept[at], claim);
            survivor[claim.Id] = kept[at].Id;
        }
        if (survivor.Count == 0) return story;
        var joined = ClaimReferences.Follow(story with { Claims = kept }, id => survivor.GetValueOrDefault(id, id));
        return joined with { Changes = joined.Changes?.Select(c => c with { Steps = DistinctSteps(c.Steps) }).ToList() };
    }

    private static bool SameAssertion(Claim a, Claim b) =>
        a.Kind == b.Kind && a.Status == b.Status && a.Value == b.Value && a.Max == b.Max && a.Unit == b.Unit
        && a.AsOf == b.AsOf && a.Target == b.Target && a.Qualifier == b.Qualifier
        && string.Equals(a.Statement, b.Statement, StringComparison.OrdinalIgnoreCase);

    private static Claim Join(Claim a, Claim b)
    {
        var sources = a.Sources.Concat(b.Sources).Distinct(StringComparer.Ordinal).ToList();
        var names = a.SourceNames.Concat(b.SourceNames).ToList();
        var evidence = a.Evidence.Concat(b.Evidence).Distinct()
            .OrderBy(e => e.Article, StringComparer.Ordinal).ThenBy(e => e.Start).ToList();
        return a with
        {
            Sources = sources,
            SourceNames = names.Count == sources.Count ? names : a.SourceNames,
            Evidence = evidence,
            ArticleCount = evidence.Select(e => e.Article).Distinct(StringComparer.Ordinal).Count(),
            IndependentSources = sources.Count,
        };
    }

    /// <summary>A change that stepped through two joined claims in a row steps through the survivor once.</summary>
    private static List<ChangeStep> DistinctSteps(IEnumerable<ChangeStep> steps)
    {
        var result = new List<ChangeStep>();
        foreach (var s in steps)
            if (result.Count == 0 || result[^1].Claim != s.Claim) result.Add(s);
        return result;
    }
}
