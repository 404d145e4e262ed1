using System.Globalization;
using Triangulate.Fusion.Claims;

namespace Triangulate.Fusion.Disagreements;

/// <summary>
/// Figures one claimant gives for one thing, told apart into evolution and conflict. Different values dated
/// differently (1,500 last week, 3,000 on Wednesday) or a plan (10,000 by December) are steps of a
/// <see cref="Change"/>; different values for the same moment, held by different articles, are a value
/// disagreement (10,000 vs "up to 12,000").
/// </summary>
internal static class FigureSeries
{
    internal sealed record Result(IReadOnlyList<Change> Changes, IReadOnlyList<Disagreement> Disagreements);

    public static Result Find(ClaimAnalysis analysis)
    {
        var changes = new List<Change>();
        var conflicts = new List<Disagreement>();
        var figures = analysis.Groups.Where(g => g.Claim.Kind == "figure" && g.Claim.Value is not null).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // Claimants in first-appearance order; outlets' own voices are left out (their different figures are
        // usually different things described loosely, not the outlet contradicting another).
        var claimants = figures.SelectMany(g => g.Versions).Select(v => v.Source)
            .Where(s => !s.IsOutlet).DistinctBy(s => s.Key).ToList();
        foreach (var claimant in claimants)
        {
            // This claimant's versions, per claim group; increments ("another 1,500") are not totals.
            var mine = figures
                .Select(g => (Group: g, Versions: g.Versions.Where(v => v.Source.Key == claimant.Key && v.Change != "additional").ToList()))
                .Where(x => x.Versions.Count > 0)
                .ToList();
            if (mine.Count < 2) continue;
            // Connected components of compatible things.
            var uf = Enumerable.Range(0, mine.Count).ToArray();
            int Find(int x) { while (uf[x] != x) x = uf[x] = uf[uf[x]]; return x; }
            for (var i = 0; i < mine.Count; i++)
                for (var j = i + 1; j < mine.Count; j++)
                    if (mine[i].Group.Claim.Value != mine[j].Group.Claim.Value && Comparable(mine[i].Versions[0], mine[j].Versions[0]))
                        uf[Find(j)] = Find(i);
            foreach (var comp in Enumerable.Range(0, mine.Count).GroupBy(Find).Where(c => c.Count() > 1))
            {
                var members = comp.Select(i => mine[i]).ToList();
                var key = claimant.Key + "|" + string.Join(",", members.Select(m => m.Group.Id));
                if (!seen.Add(key)) continue;
                Classify(claimant, members, changes, conflicts);
            }
        }
        return new Result(changes, conflicts);
    }

    private static bool Comparable(ClaimMention a, ClaimMention b)
    {
        if (!ClaimAnalysis.SameThing(a, b)) return false;
        // Figures of very different magnitude are different things (an army of 1.2 million vs 3,000 deployed).
        var (x, y) = (Math.Abs(a.Max ?? a.Value ?? 0), Math.Abs(b.Max ?? b.Value ?? 0));
        if (x == 0 || y == 0) return false;
        return Math.Max(x, y) / Math.Min(x, y) <= 5;
    }

    private static void Classify(ClaimSource claimant, List<(ClaimGroup Group, List<ClaimMention> Versions)> members,
        List<Change> changes, List<Disagreement> conflicts)
    {
        // The moment each figure is said to hold: its stated date, else the date of the reports giving it.
        string? Moment(List<ClaimMention> vs) =>
            vs.Select(v => v.AsOf).Where(d => d is not null).GroupBy(d => d!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault()
            ?? vs.Select(v => v.DateKey).Where(d => d is not null).Order(StringComparer.Ordinal).FirstOrDefault();

        var dated = members.Select(m => (m.Group, m.Versions, Date: Moment(m.Versions), Target: m.Versions.All(v => v.Target))).ToList();

        // Same moment (or unknown), not a plan, different values → conflict between the articles holding each.
        var current = dated.Where(d => !d.Target).ToList();
        var byMoment = current.GroupBy(d => d.Date is null ? "" : d.Date[..Math.Min(10, d.Date.Length)]).ToList();
        var conflicted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var moment in byMoment)
        {
            var values = moment.ToList();
            if (values.Count < 2) continue;
            var articleSets = values.Select(v => v.Versions.Select(x => x.ArticleId).ToHashSet(StringComparer.Ordinal)).ToList();
            // One article giving both figures is describing two things (or an update), not contradicting itself.
            var overlap = false;
            for (var i = 0; i < articleSets.Count && !overlap; i++)
                for (var j = i + 1; j < articleSets.Count && !overlap; j++)
                    overlap = articleSets[i].Overlaps(articleSets[j]);
            if (overlap) continue;
            foreach (var v in values) conflicted.Add(v.Group.Id);
            var positions = values
                .Select(v => new DisagreementPosition(v.Group.Id, v.Versions.Select(x => x.ArticleId).Distinct().Order(StringComparer.Ordinal).ToList())
                { Text = FigureText(v.Versions[0]) })
                .ToList();
            var about = $"{Thing(values.SelectMany(v => v.Versions))} according to {claimant.Name}";
            var explanation = string.Join(" vs ", positions.Select(p => $"{p.Text} ({FusionText.Articles(p.Articles)})"));
            conflicts.Add(new Disagreement("", "value", about, positions, explanation));
        }

        // The figure's evolution: one value per moment (the best-attested one where the moment is contested), plans last.
        var steps = dated
            .GroupBy(d => d.Target ? "target:" + d.Date : d.Date ?? "")
            .Select(g => g.OrderByDescending(d => d.Versions.Select(v => v.ArticleId).Distinct().Count()).ThenBy(d => d.Group.Id, StringComparer.Ordinal).First())
            .OrderBy(d => d.Target ? 1 : 0).ThenBy(d => d.Date is null ? "~" : FusionText.SortableDate(d.Date), StringComparer.Ordinal)
            .ThenBy(d => d.Group.Claim.Value)
            .ToList();
        var distinctDates = steps.Where(s => !s.Target).Select(s => s.Date).Distinct().Count();
        if (steps.Count >= 2 && steps.Select(s => s.Group.Claim.Value).Distinct().Count() == steps.Count
            && (distinctDates >= 2 || steps.Any(s => s.Target)) && steps.All(s => s.Date is not null || s.Target))
        {
            changes.Add(new Change($"{Thing(steps.SelectMany(st => st.Versions))} ({claimant.Name})",
                steps.Select(s => new ChangeStep(s.Group.Id, s.Date)).ToList()));
        }
        _ = conflicted;
    }

    private static string FigureText(ClaimMention m)
    {
        var value = m.Quantity is { } q ? q.Text : (m.Value ?? 0).ToString("#,0.##", CultureInfo.InvariantCulture);
        if (m.Qualifier is { } qual && !value.Contains(qual, StringComparison.OrdinalIgnoreCase)) value = qual + " " + value;
        return value;
    }

    internal static string Thing(ClaimMention m) =>
        m.Quantity?.About ?? m.Unit ?? string.Join(' ', m.Thing);

    /// <summary>What a series counts, as its versions most often put it ("North Korean troops" over the one
    /// version's "special forces"); ties go to the shorter wording, then the first.</summary>
    internal static string Thing(IEnumerable<ClaimMention> versions)
        => versions.Select(Thing).Where(t => t.Length > 0)
            .GroupBy(t => t.ToLowerInvariant())
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First()).FirstOrDefault() ?? "";
}
