using System.Reflection;
using Triangulate.Fusion;
using Triangulate.Fusion.Quotes;

namespace Triangulate.Tests.Fusion;

/// <summary>The grouping compares candidate pairs only (quotes sharing a content word or a speaker); its groups must
/// be exactly the connected components that comparing every cross-article pair gives.</summary>
public sealed class QuoteGroupingBlockingTests
{
    private static readonly MethodInfo SameUtterance =
        typeof(QuoteGrouping).GetMethod("SameUtterance", BindingFlags.NonPublic | BindingFlags.Static)!;

    [Fact]
    public void Blocked_candidates_give_the_groups_of_all_pairs_on_the_newswcl50_events()
    {
        var events = QuoteGroupingEvaluationTests.NewsWcl50Events().ToList();
        if (events.Count == 0) return;   // the data sets sit beside the clone in CI and here
        var compared = 0;
        foreach (var ctx in events)
        {
            var grouping = QuoteGrouping.For(ctx);
            var items = grouping.Items;
            var uf = Enumerable.Range(0, items.Count).ToArray();
            int Find(int x) { while (uf[x] != x) x = uf[x] = uf[uf[x]]; return x; }
            for (var i = 0; i < items.Count; i++)
                for (var j = i + 1; j < items.Count; j++)
                {
                    if (items[i].ArticleId == items[j].ArticleId) continue;
                    compared++;
                    if (SameUtterance.Invoke(null, [items[i], items[j]]) is null) continue;
                    var (a, b) = (Find(i), Find(j));
                    if (a != b) uf[Math.Max(a, b)] = Math.Min(a, b);
                }
            // Every member of a blocked group has the same all-pairs component, and no two blocked groups share one.
            var components = grouping.Groups.Select(g => g.Select(Find).Distinct().ToList()).ToList();
            components.ShouldAllBe(c => c.Count == 1);
            components.Select(c => c[0]).Distinct().Count().ShouldBe(components.Count);
        }
        compared.ShouldBeGreaterThan(1000);
    }
}
