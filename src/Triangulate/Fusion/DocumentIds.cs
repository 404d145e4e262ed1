using System.Globalization;

namespace Triangulate.Fusion;

/// <summary>
/// Makes the ids of entities, quotes, claims and disagreements unique within one brief document, as the contract
/// requires. Each story numbers its own ("e1", "q1", "c1", "d1"), which is what lets a story be fused alone; when a
/// document holds several stories, every story after the first continues its families' numbering where the stories
/// before it stopped, and every reference (a quote's speaker, a claim's sources, a change step, a disagreement
/// position) follows its target. A one-story document is left as it is.
/// </summary>
public static class DocumentIds
{
    public static IReadOnlyList<Story> MakeUnique(IReadOnlyList<Story> stories)
    {
        if (stories.Count < 2) return stories;
        var next = new Dictionary<char, int>();
        var result = new List<Story>(stories.Count);
        foreach (var story in stories)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            string Renumber(string id)
            {
                if (!TryParse(id, out var family, out var number)) return id;
                var offset = next.GetValueOrDefault(family);
                var renamed = family + (number + offset).ToString(CultureInfo.InvariantCulture);
                map[id] = renamed;
                return renamed;
            }
            string Follow(string id) => map.TryGetValue(id, out var renamed) ? renamed : id;

            var entities = story.Entities?.Select(e => e with { Id = Renumber(e.Id) }).ToList();
            var quotes = story.Quotes?.Select(q => q with { Id = Renumber(q.Id) }).ToList();
            var claims = story.Claims?.Select(c => c with { Id = Renumber(c.Id) }).ToList();
            var disagreements = story.Disagreements?.Select(d => d with { Id = Renumber(d.Id) }).ToList();
            result.Add(ClaimReferences.Follow(story with
            {
                Entities = entities,
                Quotes = quotes?.Select(q => q with { Speaker = q.Speaker is null ? null : Follow(q.Speaker) }).ToList(),
                Claims = claims?.Select(c => c with { Sources = c.Sources.Select(Follow).ToList() }).ToList(),
                Disagreements = disagreements,
            }, Follow));
            foreach (var id in map.Values)
                if (TryParse(id, out var family, out var number) && number > next.GetValueOrDefault(family)) next[family] = number;
        }
        return result;
    }

    /// <summary>"e12" → ('e', 12). Only the one-letter families fusion numbers; any other id is left alone.</summary>
    private static bool TryParse(string id, out char family, out int number)
    {
        family = id.Length > 0 ? id[0] : '\0';
        number = 0;
        return id.Length > 1 && family is 'e' or 'q' or 'c' or 'd'
               && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}
