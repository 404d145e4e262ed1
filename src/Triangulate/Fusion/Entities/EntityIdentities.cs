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
/// merger kept them apart on more evidence), and an entity no other story shares gets none. Second pass: two stories
/// the story clusterer split one from the other are related (one event and its sequel), and within such a pair the
/// same name of the same kind links whatever the kind and however short or common ("Evansville", "Barack Obama").
/// </summary>
public static class EntityIdentities
{
    /// <summary>The stories with <see cref="StoryEntity.Identity"/> set on the entities other stories share.</summary>
    /// <param name="splitPairs">Pairs of story indexes the story clusterer split one from the other
    /// (<see cref="StorySplit"/>): related stories, see <see cref="Link"/>.</param>
    public static IReadOnlyList<Story> Assign(IReadOnlyList<Story> stories, IReadOnlyCollection<(int, int)>? splitPairs = null)
    {
        if (stories.Count < 2) return stories;
        var identities = Link(stories.Select(s => s.Entities ?? []).ToArray(), splitPairs);
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

    /// <summary>The split pairs (story ids, as <see cref="StorySplit"/> names them) as indexes into
    /// <paramref name="storyIds"/>, the order the stories are passed to <see cref="Assign"/> or <see cref="Link"/>; a
    /// pair naming a story not listed is left out.</summary>
    public static (int, int)[] SplitPairs(IReadOnlyList<string> storyIds, IEnumerable<(string From, string Into)> splits)
    {
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < storyIds.Count; i++) indexOf.TryAdd(storyIds[i], i);
        return splits.Where(s => indexOf.ContainsKey(s.From) && indexOf.ContainsKey(s.Into))
            .Select(s => (indexOf[s.From], indexOf[s.Into])).ToArray();
    }

    /// <summary>The identity of each entity of each story (parallel arrays), null for an entity only its own story has.</summary>
    /// <param name="splitPairs">Pairs of story indexes the story clusterer split one from the other: related stories,
    /// within which a second pass links entities on weaker evidence (the same name of any kind, one word sufficing).</param>
    /// <param name="relatedByShared">When set, two stories sharing at least this many distinctive identities are
    /// related as well. Off by default: on ECB+ (2) it gains (dev named entities 84.8 -> 86.7) but NewsWCL50, whose
    /// chains are per event, falls (64.6 -> 62.1), since stories of different events share their people too.</param>
    public static string?[][] Link(IReadOnlyList<IReadOnlyList<StoryEntity>> stories, IReadOnlyCollection<(int, int)>? splitPairs = null,
        int? relatedByShared = null)
    {
        var offsets = new int[stories.Count + 1];
        for (var k = 0; k < stories.Count; k++) offsets[k + 1] = offsets[k] + stories[k].Count;
        var storyOf = new int[offsets[^1]];
        for (var k = 0; k < stories.Count; k++) Array.Fill(storyOf, k, offsets[k], stories[k].Count);
        var uf = new UnionFind(offsets[^1]);
        // the stories each component holds, so that no union joins two entities of one story
        var storiesIn = Enumerable.Range(0, offsets[^1]).Select(i => new HashSet<int> { storyOf[i] }).ToArray();
        bool Join(int i, int j)
        {
            var (ri, rj) = (uf.Find(i), uf.Find(j));
            if (ri == rj || storiesIn[ri].Overlaps(storiesIn[rj])) return false;
            uf.Union(ri, rj);
            var root = uf.Find(ri);
            storiesIn[root].UnionWith(storiesIn[root == ri ? rj : ri]);
            return true;
        }
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < stories.Count; k++)
            for (var x = 0; x < stories[k].Count; x++)
            {
                var i = offsets[k] + x;
                foreach (var key in Keys(stories[k][x]))
                {
                    if (!byKey.TryGetValue(key, out var j)) { byKey[key] = i; continue; }
                    Join(i, j);
                }
            }
        // Related stories: two stories the clusterer split one from the other (it once held them as one story, and
        // they tell one event and its sequel), or, when asked, two that share relatedByShared distinctive identities
        // (above). Within such a pair the same name of one word, or a common one, is the same thing too ("Evansville"
        // in two reports of the team's games, "Barack Obama" in two accounts of one rule change). Second pass, pairs
        // only, the same kind; a name two entities of the other story share links neither.
        var shared = new Dictionary<(int, int), int>();
        for (var i = 0; i < offsets[^1]; i++)
            if (uf.Find(i) == i && storiesIn[i].Count > 1)
                foreach (var a in storiesIn[i])
                    foreach (var b in storiesIn[i])
                        if (a < b) shared[(a, b)] = shared.GetValueOrDefault((a, b)) + 1;
        var related = (splitPairs ?? []).Where(p => p.Item1 != p.Item2 && p.Item1 >= 0 && p.Item2 >= 0
                && p.Item1 < stories.Count && p.Item2 < stories.Count)
            .Select(p => (Math.Min(p.Item1, p.Item2), Math.Max(p.Item1, p.Item2))).ToHashSet();
        if (relatedByShared is { } min) related.UnionWith(shared.Where(p => p.Value >= min).Select(p => p.Key));
        if (related.Count > 0)
        {
            var keysOf = Enumerable.Range(0, offsets[^1]).Select(i => WeakKeys(stories[storyOf[i]][i - offsets[storyOf[i]]]).ToHashSet(StringComparer.Ordinal)).ToArray();
            foreach (var (a, b) in related.OrderBy(p => p.Item1).ThenBy(p => p.Item2))
                for (var x = 0; x < stories[a].Count; x++)
                {
                    var i = offsets[a] + x;
                    if (keysOf[i].Count == 0) continue;
                    // the one entity of the other story with a shared key (two candidates: ambiguous, no link)
                    var candidates = Enumerable.Range(offsets[b], stories[b].Count).Where(j => keysOf[i].Overlaps(keysOf[j])).ToArray();
                    if (candidates.Length == 1) Join(i, candidates[0]);
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

    /// <summary>The keys an entity can be linked by within two related stories: kind and skeleton of each of its
    /// names, whatever the kind (a place or a work's name too) and one word sufficing; acronyms left out.</summary>
    private static IEnumerable<string> WeakKeys(StoryEntity e)
    {
        foreach (var name in e.Aliases.Append(e.Name).Distinct(StringComparer.Ordinal))
        {
            if (CanonicalName.IsAcronym(name) || NameKey.Words(name).Count == 0) continue;
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
