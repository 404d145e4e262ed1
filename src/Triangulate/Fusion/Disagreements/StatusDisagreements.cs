using Triangulate.Fusion.Claims;

namespace Triangulate.Fusion.Disagreements;

/// <summary>One party reported as having denied something in some articles and as not having confirmed it (or as
/// having confirmed it) in others. Stances placed in the past ("had previously not confirmed") are history, not
/// conflict.</summary>
internal static class StatusDisagreements
{
    public static IEnumerable<Disagreement> Find(ClaimAnalysis analysis)
    {
        var statuses = analysis.Groups.Where(g => g.Claim.Kind == "status").ToList();
        foreach (var party in statuses.GroupBy(g => g.Matter ?? g.Versions[0].Source.Key, StringComparer.Ordinal))
        {
            var current = party
                .Select(g => (Group: g, Versions: g.Versions.Where(v => !v.Historical).ToList()))
                .Where(x => x.Versions.Count > 0)
                .ToList();
            if (current.Select(c => c.Group.Claim.Status).Distinct().Count() < 2) continue;
            var positions = current.Select(c => new DisagreementPosition(c.Group.Id,
                    c.Versions.Select(v => v.ArticleId).Distinct().Order(StringComparer.Ordinal).ToList()) { Text = c.Group.Claim.Status })
                .ToList();
            var name = party.First().Versions[0].Source.Name;
            yield return new Disagreement("", "status", $"{name}'s position", positions,
                string.Join(" vs ", positions.Select(p => $"{p.Text} ({FusionText.Articles(p.Articles)})")));
        }
    }
}
