using Triangulate.Documents;
using Triangulate.Fusion.Stories;

namespace Triangulate.Fusion.Entities;

/// <summary>
/// One identity per real-world thing across the whole brief: entities of different stories that carry the same
/// distinctive name get the same <see cref="StoryEntity.Identity"/> ("i1", "i2" ...). Stories are merged separately
/// (an entity's mentions stay in its story), so without this a person in two stories the clusterer kept apart would be
/// two unrelated entities. The evidence must be strong, because a wrong link joins two stories' accounts of different
/// people: the same name of two words or more after spelling folding (<see cref="NameKey.Skeleton"/>), the same kind
/// (person with person, organisation with organisation: places and other names are left per story, since a city's or
/// a work's name is often borrowed by something else), and a name rare in background news — one that a background
/// corpus of that many articles is not expected to contain by chance, taking its words as independent
/// (<see cref="BackgroundFrequencies"/>). "Tara Reid" or "Marfin Egnatia Bank" qualify; "John Smith", "George Bush"
/// or "Barack Obama" do not: names that common are where namesakes are (two Bushes), and such a name in two stories
/// says little that the stories are about one thing. An identity never holds two entities of one story (the story's
/// merger kept them apart on more evidence), and an entity no other story shares gets none.
/// </summary>
public static class EntityIdentities
{
    /// <summary>The stories with <see cref="StoryEntity.Identity"/> set on the entities other stories share.</summary>
    public static IReadOnlyList<Story> Assign(IReadOnlyList<Story> stories)
    {
        if (stories.Count < 2) return stories;
        var identities = Link(stories.Select(s => s.Entities ?? []).ToArray());
        var storiesOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var k = 0; k < stories.Count; k++)
            foreach (var id in identities[k].OfType<string>().Distinct(StringComparer.Ordinal))
                (storiesOf.TryGetValue(id, out var list) ? list : storiesOf[id] = []).Add(stories[k].Id);
        return stories.Select((s, k) => s.Entities is not { } entities ? s : s with
        {
            Entities = entities.Select((e, x) => identities[k][x] is { } id
                ? e with { Identity = id, AlsoIn = storiesOf[id].Where(other => other != s.Id).ToArray() }
                : e).ToArray(),
        }).ToArray();
    }

    /// <summary>The identity of each entity of each story (parallel arrays), null for an entity only its own story has.</summary>
    public static string?[][] Link(IReadOnlyList<IReadOnlyList<StoryEntity>> stories)
    {
        var offsets = new int[stories.Count + 1];
        for (var k = 0; k < stories.Count; k++) offsets[k + 1] = offsets[k] + stories[k].Count;
        var storyOf = new int[offsets[^1]];
        for (var k = 0; k < stories.Count; k++) Array.Fill(storyOf, k, offsets[k], stories[k].Count);
        var uf = new UnionFind(offsets[^1]);
        // the stories each component holds, so that no union joins two entities of one story
        var storiesIn = Enumerable.Range(0, offsets[^1]).Select(i => new HashSet<int> { storyOf[i] }).ToArray();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < stories.Count; k++)
            for (var x = 0; x < stories[k].Count; x++)
            {
                var i = offsets[k] + x;
                foreach (var key in Keys(stories[k][x]))
                {
                    if (!byKey.TryGetValue(key, out var j)) { byKey[key] = i; continue; }
                    var (ri, rj) = (uf.Find(i), uf.Find(j));
                    if (ri == rj || storiesIn[ri].Overlaps(storiesIn[rj])) continue;
                    uf.Union(ri, rj);
                    var root = uf.Find(ri);
                    storiesIn[root].UnionWith(storiesIn[root == ri ? rj : ri]);
                }
            }
        var result = new string?[stories.Count][];
        var names = new Dictionary<int, string>();
        for (var k = 0; k < stories.Count; k++)
        {
            result[k] = new string?[stories[k].Count];
            for (var x = 0; x < stories[k].Count; x++)
            {
                var root = uf.Find(offsets[k] + x);
                if (storiesIn[root].Count < 2) continue;
                if (!names.TryGetValue(root, out var id)) names[root] = id = "i" + (names.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                result[k][x] = id;
            }
        }
        return result;
    }

    /// <summary>The keys an entity can be linked by: kind and skeleton of each distinctive name of two words or more.</summary>
    private static IEnumerable<string> Keys(StoryEntity e)
    {
        if (e.Kind is not (EntityKind.Person or EntityKind.Organization)) yield break;
        foreach (var name in e.Aliases.Append(e.Name).Distinct(StringComparer.Ordinal))
        {
            if (CanonicalName.IsAcronym(name)) continue;
            var words = NameKey.Words(name);
            if (words.Count < 2 || !Rare(words)) continue;
            yield return e.Kind + ":" + NameKey.Skeleton(name);
        }
    }

    /// <summary>True when a background corpus of N articles is expected to hold all the words in fewer than one
    /// article by chance: N · Π (df(w) + 1) / (N + 1) &lt; 1.</summary>
    internal static bool Rare(IReadOnlyList<string> words)
    {
        var background = BackgroundFrequencies.Default;
        if (background.Documents == 0) return false;
        double n = background.Documents, expected = n;
        foreach (var w in words) expected *= (background.Of(w) + 1) / (n + 1);
        return expected < 1;
    }
}
