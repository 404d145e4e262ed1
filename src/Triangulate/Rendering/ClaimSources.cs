using Triangulate.Fusion;

namespace Triangulate.Rendering;

/// <summary>How the readable views name a claim's sources and split its claims: a source is its story entity's
/// name, else the name the claim stage gave it (<see cref="Claim.SourceNames"/>, parallel to the ids), with an
/// outlet's own voice said as such rather than shown as its key ("outlet:000_...").</summary>
public static class ClaimSources
{
    public static IReadOnlyList<string> Names(Claim claim, IReadOnlyDictionary<string, string> entityNames)
    {
        var names = new List<string>(claim.Sources.Count);
        for (var i = 0; i < claim.Sources.Count; i++)
        {
            var id = claim.Sources[i];
            if (entityNames.TryGetValue(id, out var entity)) { names.Add(entity); continue; }
            var given = i < claim.SourceNames.Count ? claim.SourceNames[i] : id;
            names.Add(id.StartsWith("outlet:", StringComparison.Ordinal) ? $"{given} (the outlet's own reporting)" : given);
        }
        return names;
    }

    /// <summary>Claims told by two or more articles ("what sources agree on"), then those only one article tells,
    /// each ordered by independent sources, then articles.</summary>
    public static (IReadOnlyList<Claim> Shared, IReadOnlyList<Claim> Single) Split(IReadOnlyList<Claim> claims)
    {
        var ordered = claims.OrderByDescending(c => c.IndependentSources).ThenByDescending(c => c.ArticleCount).ToList();
        return (ordered.Where(c => c.ArticleCount >= 2).ToList(), ordered.Where(c => c.ArticleCount < 2).ToList());
    }
}

/// <summary>The readable views' "who said what": a story's quotes grouped by speaker, speakers quoted by most
/// articles first, each speaker's most widely reported utterances first, unattributed words last.</summary>
public static class QuotesBySpeaker
{
    public sealed record SpeakerQuotes(string? Speaker, string Name, IReadOnlyList<StoryQuote> Quotes, int Articles);

    public static IReadOnlyList<SpeakerQuotes> Group(IReadOnlyList<StoryQuote> quotes, Func<string?, string> entityName)
    {
        string NameOf(StoryQuote q) => q.Speaker is not null ? entityName(q.Speaker) : q.SpeakerName is { Length: > 0 } n ? n : "unattributed";
        return quotes
            .GroupBy(q => q.Speaker ?? "name:" + NameOf(q), StringComparer.Ordinal)
            .Select(g => new SpeakerQuotes(g.First().Speaker, NameOf(g.First()),
                g.OrderByDescending(q => q.Versions.Select(v => v.Article).Distinct(StringComparer.Ordinal).Count())
                 .ThenBy(q => q.Id.Length).ThenBy(q => q.Id, StringComparer.Ordinal).ToList(),
                g.SelectMany(q => q.Versions.Select(v => v.Article)).Distinct(StringComparer.Ordinal).Count()))
            .OrderBy(s => s.Name == "unattributed" ? 1 : 0)
            .ThenByDescending(s => s.Articles).ThenByDescending(s => s.Quotes.Count)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }
}
