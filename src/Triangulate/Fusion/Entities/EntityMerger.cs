using Triangulate.Documents;

namespace Triangulate.Fusion.Entities;

/// <summary>One article-local entity: its mentions in one article, grouped by the article's own coreference.</summary>
internal sealed class LocalEntity
{
    public required string Article { get; init; }
    public required string Local { get; init; }
    public required EntityKind Kind { get; init; }
    public required string Canonical { get; init; }
    public string? Role { get; init; }
    public required IReadOnlyList<Mention> Mentions { get; init; }
    /// <summary>Names the article uses for it (name, surname and acronym forms, and the canonical name).</summary>
    public required IReadOnlyList<string> Names { get; init; }
    /// <summary>True when it has a proper name (not only titles, descriptions or pronouns).</summary>
    public bool Named => Names.Count > 0;
    /// <summary>The country written right before one of its names ("South Korea's National Intelligence Service").</summary>
    public string? CountryContext { get; init; }
}

/// <summary>Merges article-local entities into one entity per real-world thing across a story's articles.
/// Evidence, strongest first: the same name after folding spelling and romanisation variants (Zelensky /
/// Zelenskyy / Zelenskiy; Jong-un / Jong Un); an acronym spelling another's initials (NIS, DPRK); a nearly equal
/// name (one letter off in a long name); a person's partial name (surname only) when exactly one person in the
/// story carries it; a title or role phrase ("South Korea's spy chief") that an article states for exactly one
/// named person. Kinds must agree (person, organisation, place; "other" agrees with any), so a leader is never
/// merged with his country, and two different full names are never merged by a shared surname.</summary>
public sealed class EntityMerger
{
    private static Extraction.Mentions.MentionLexicon Lexicon => Extraction.Mentions.MentionLexicon.Instance;

    public static IEntityIndex Merge(IReadOnlyList<AnalyzedArticle> articles)
    {
        var locals = new List<LocalEntity>();
        foreach (var a in articles.OrderBy(a => a.Article.Id, StringComparer.Ordinal))
            foreach (var g in a.Mentions.GroupBy(m => m.Entity).OrderBy(g => g.Min(m => m.Start)))
            {
                var ms = g.OrderBy(m => m.Start).ToArray();
                var kind = ms.GroupBy(m => m.Kind).OrderByDescending(k => k.Count()).ThenBy(k => k.Key).First().Key;
                var canonical = ms[0].Canonical;
                var names = ms.Where(m => m.Form is "name" or "surname" or "acronym" && !StandsIn(m, canonical, ms)).Select(m => m.Text)
                    .Concat(ms.Any(m => m.Form is "name" or "acronym") ? [canonical] : [])
                    .Where(n => NameKey.Words(n).Count > 0).Distinct(StringComparer.Ordinal).ToArray();
                locals.Add(new LocalEntity
                {
                    Article = a.Article.Id, Local = g.Key, Kind = kind, Canonical = canonical,
                    Role = ms.Select(m => m.Role).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r)),
                    Mentions = ms, Names = names,
                    CountryContext = kind == EntityKind.Organization ? CountryBefore(a, ms) : null,
                });
            }
        return Merge(locals);
    }

    internal static EntityIndex Merge(IReadOnlyList<LocalEntity> locals)
    {
        var uf = new UnionFind(locals.Count);
        var keyed = new Dictionary<string, int>(StringComparer.Ordinal);
        var skeletons = locals.Select(l => l.Names.Select(NameKey.Skeleton).Where(s => s.Length > 0).Distinct().ToArray()).ToArray();

        // 1. same name skeleton (within a kind family)
        for (var i = 0; i < locals.Count; i++)
            foreach (var s in skeletons[i])
            {
                var k = Family(locals[i].Kind) + ":" + s;
                if (keyed.TryGetValue(k, out var j)) uf.Union(i, j); else keyed[k] = i;
            }
        // 1b. unnamed entities described in the same words ("Mafia boss", "mafia boss")
        for (var i = 0; i < locals.Count; i++)
        {
            if (locals[i].Named) continue;
            var k = "d:" + Family(locals[i].Kind) + ":" + string.Join(' ', NameKey.Words(locals[i].Canonical));
            if (k.Length <= 4) continue;
            if (keyed.TryGetValue(k, out var j)) uf.Union(i, j); else keyed[k] = i;
        }
        // 1c. the same name given different kinds in different articles: the kind is the extractor's guess from one
        // article's context ("Zelenskiy" read as an organisation in one report, a person in four), the name is evidence
        SameNameAcrossKinds(locals, uf);
        // 2. acronyms: an all-capitals name spelling the initials of another entity's name
        var acronyms = Enumerable.Range(0, locals.Count).SelectMany(i => locals[i].Names.Where(IsAcronym).Select(n => (i, n))).ToArray();
        foreach (var (i, acr) in acronyms)
            for (var j = 0; j < locals.Count; j++)
                if (j != i && Compatible(locals[i].Kind, locals[j].Kind) && locals[j].Names.Any(n => NameKey.IsAcronymOf(acr, n)))
                    uf.Union(i, j);
        // 3. near-equal long names (a letter dropped or doubled beyond what the skeleton folds)
        var bySkeleton = keyed.Keys.Where(k => !k.StartsWith("d:", StringComparison.Ordinal)).Select(k => (k, idx: keyed[k])).OrderBy(x => x.k, StringComparer.Ordinal).ToArray();
        for (var a = 0; a < bySkeleton.Length; a++)
            for (var b = a + 1; b < bySkeleton.Length; b++)
            {
                var (ka, ia) = bySkeleton[a]; var (kb, ib) = bySkeleton[b];
                var fa = ka[..ka.IndexOf(':')]; var fb = kb[..kb.IndexOf(':')];
                if (fa != fb) continue;
                var sa = ka[(fa.Length + 1)..]; var sb = kb[(fb.Length + 1)..];
                if (sa.Length < 8 || sb.Length < 8 || sa[0] != sb[0]) continue;
                if (NameKey.Distance(sa, sb, 1) <= 1) uf.Union(ia, ib);
            }
        // 4. partial person names: all words of the shorter name appear in one longer person name, and only one
        PartialNames(locals, uf);
        // 5. titles and roles stated for exactly one named entity
        Roles(locals, uf);
        // 5b. bodies known by description ("Seoul's spy agency") and their heads ("South Korea's spy chief")
        BodyDescriptions(locals, uf);
        BodyLeaders(locals, uf);
        // 6. descriptions with the same head word ("a Malibu treatment facility", "the rehab facility") in one story
        var heads = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < locals.Count; i++)
        {
            if (locals[i].Named || locals[i].Mentions.All(m => m.Form != "description")) continue;
            var head = HeadWord(locals[i].Canonical);
            if (head.Length < 3) continue;
            // "the Russian military" and "the North Korean military" share a head but not a country
            var country = Extraction.Mentions.BodyReference.CountryIn(locals[i].Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries), Lexicon);
            var k = Family(locals[i].Kind) + ":" + head + (country is null ? "" : "@" + country);
            if (heads.TryGetValue(k, out var j)) uf.Union(i, j); else heads[k] = i;
        }

        return EntityIndex.Build(locals, uf);
    }

    /// <summary>True when a mention stands in for its entity rather than naming it, so it neither names the entity nor
    /// links it to another: a capital or compass word (<see cref="Extraction.Mentions.MentionLexicon.IsStandIn"/>), or
    /// the city a team is named after ("Jacksonville" of an entity also written "Jacksonville Jaguars"), which across
    /// articles would otherwise join the team to the city.</summary>
    internal static bool StandsIn(Mention m, string canonical, IReadOnlyList<Mention> all)
    {
        if (Lexicon.IsStandIn(m.Text, canonical)) return true;
        var place = Extraction.Mentions.MentionLexicon.WithoutPossessive(m.Text);
        return all.Any(o => o.Form == "name" && o.Text.StartsWith(place + " ", StringComparison.Ordinal)
                            && o.Text[(place.Length + 1)..].Split(' ') is { Length: 1 or 2 } rest
                            && Extraction.Mentions.MentionLexicon.IsTeamName(rest[^1]));
    }

    /// <summary>Head word of a description: the last word before a preposition or clause, folded, plural -s dropped.</summary>
    internal static string HeadWord(string description)
    {
        var words = FusionText.Fold(description).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '"', '\'')).Where(w => w.Length > 0).ToList();
        var cut = words.FindIndex(w => w is "in" or "of" or "at" or "from" or "on" or "near" or "who" or "which" or "that" or "for" or "with");
        if (cut > 0) words = words[..cut];
        if (words.Count == 0) return "";
        var h = words[^1];
        if (h.EndsWith("'s", StringComparison.Ordinal)) h = h[..^2];
        if (h.Length > 3 && h.EndsWith('s') && !h.EndsWith("ss", StringComparison.Ordinal)) h = h[..^1];
        return h;
    }

    private static bool IsAcronym(string n) => n.Length is >= 2 and <= 7 && n.Replace(".", "").All(char.IsUpper);

    private static string Family(EntityKind k) => k == EntityKind.Other ? "x" : k.ToString();

    internal static bool Compatible(EntityKind a, EntityKind b) => a == b || a == EntityKind.Other || b == EntityKind.Other;

    /// <summary>Locals carrying the same name skeleton under different kinds are one entity when the name is of two
    /// words or more ("Park Sunwon" read as a place in one article, "Park Sun-won" a person in another), when one
    /// side is untyped, or when one kind carries at least twice the mentions of the other. A one-word name used about
    /// as often under two kinds stays two entities (Jordan the country, Jordan the person).</summary>
    private static void SameNameAcrossKinds(IReadOnlyList<LocalEntity> locals, UnionFind uf)
    {
        var byName = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var multiWord = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < locals.Count; i++)
            foreach (var n in locals[i].Names)
            {
                var s = NameKey.Skeleton(n);
                if (s.Length == 0) continue;
                if (!byName.TryGetValue(s, out var list)) byName[s] = list = [];
                if (!list.Contains(i)) list.Add(i);
                if (NameKey.Words(n).Count >= 2) multiWord.Add(s);
            }
        foreach (var (skeleton, list) in byName)
        {
            var kinds = list.GroupBy(i => locals[i].Kind)
                .Select(g => (Kind: g.Key, Members: g.ToArray(), Weight: g.Sum(i => locals[i].Mentions.Count)))
                .OrderByDescending(k => k.Kind != EntityKind.Other).ThenByDescending(k => k.Weight).ThenBy(k => k.Kind).ToArray();
            if (kinds.Length < 2) continue;
            var major = kinds[0];
            foreach (var other in kinds.Skip(1))
            {
                if (other.Kind != EntityKind.Other && major.Kind != EntityKind.Other && !multiWord.Contains(skeleton)
                    && major.Weight < 2 * other.Weight && !(IsPlaceOrBody(major.Kind) && IsPlaceOrBody(other.Kind))) continue;
                foreach (var i in other.Members) uf.Union(i, major.Members[0]);
            }
        }
    }

    private static bool IsPlaceOrBody(EntityKind k) => k is EntityKind.Place or EntityKind.Organization;

    /// <summary>True when a name is a known place (countries, capitals, cities) or some article of the story uses it
    /// as a place: such a name inside a longer organisation name ("Washington" in "Washington Post", "Staunton" in
    /// "Staunton Police Department") names where the organisation is, not the organisation.</summary>
    private static bool IsPlaceName(string[] nameWords, IReadOnlyList<LocalEntity> locals, string[][][] words)
    {
        for (var j = 0; j < locals.Count; j++)
            if (locals[j].Kind == EntityKind.Place && words[j].Any(n => n.SequenceEqual(nameWords))) return true;
        return false;
    }

    private static void PartialNames(IReadOnlyList<LocalEntity> locals, UnionFind uf)
    {
        // initials ("Frederick C. LaRue") say nothing a full name does not: dropped before comparing word sets
        var words = locals.Select(l => l.Names.Select(n => NameKey.Words(n).Where(w => w.Length > 1).Select(NameKey.WordSkeleton).ToArray()).ToArray()).ToArray();
        for (var i = 0; i < locals.Count; i++)
        {
            for (var k = 0; k < words[i].Length; k++)
            {
                var shortName = words[i][k];
                if (shortName.Length == 0 || shortName.Any(w => w.Length < 2)) continue;
                // a lone compass word ("the North") is a region or a side, never a short form of a longer name
                if (shortName.Length == 1 && shortName[0] is "nurt" or "sut" or "est" or "ust" or "nurtern" or "sutern") continue;
                // the distinct merged entities (roots) with a longer name that contains every word of this one
                var isPlace = locals[i].Kind == EntityKind.Place || IsPlaceName(shortName, locals, words)
                    || Extraction.Mentions.MentionLexicon.Instance.Places.ContainsKey(locals[i].Names[k].Trim());
                var roots = new HashSet<int>();
                for (var j = 0; j < locals.Count; j++)
                {
                    if (j == i || !Compatible(locals[j].Kind, locals[i].Kind)) continue;
                    // an organisation or outlet named after a place is not that place ("Washington" ≠ "Washington Post")
                    if (isPlace && locals[j].Kind != EntityKind.Place) continue;
                    if (words[j].Any(longName => longName.Length > shortName.Length && shortName.All(longName.Contains)))
                        roots.Add(uf.Find(j));
                }
                // "Kim" when Kim Jong Un and Kim Yo Jong are both in the story stays unresolved
                if (roots.Count == 1 && !HasOtherFullName(i, words, locals, uf, roots.First())) uf.Union(i, roots.First());
            }
        }
    }

    /// <summary>An entity that already has a full name of its own (two words or more) different from the target's is
    /// another person, even if one of its names is a part of the target's.</summary>
    private static bool HasOtherFullName(int i, string[][][] words, IReadOnlyList<LocalEntity> locals, UnionFind uf, int root)
    {
        var targetNames = Enumerable.Range(0, locals.Count).Where(j => uf.Find(j) == root).SelectMany(j => words[j]).ToArray();
        foreach (var n in words[i])
            if (n.Length >= 2 && !targetNames.Any(t => n.All(t.Contains))) return true;
        return false;
    }

    private static void Roles(IReadOnlyList<LocalEntity> locals, UnionFind uf)
    {
        Dictionary<int, string[]>? rolesByRoot = null;
        for (var i = 0; i < locals.Count; i++)
        {
            if (locals[i].Named) continue;
            var phrase = RoleKey(locals[i].Canonical);
            if (phrase.Length == 0) continue;
            rolesByRoot ??= Enumerable.Range(0, locals.Count).Where(k => locals[k].Role is not null)
                .GroupBy(uf.Find).ToDictionary(g => g.Key, g => g.Select(k => RoleKey(locals[k].Role!)).Where(r => r.Length > 0).ToArray());
            var roots = new HashSet<int>();
            for (var j = 0; j < locals.Count; j++)
            {
                if (j == i || !locals[j].Named || !Compatible(locals[i].Kind, locals[j].Kind)) continue;
                if (rolesByRoot.TryGetValue(uf.Find(j), out var roles) && roles.Any(r => SameRole(r, phrase))) roots.Add(uf.Find(j));
            }
            if (roots.Count == 1) uf.Union(i, roots.First());
        }
    }

    /// <summary>The country of a place mention written right before one of the mentions, as an adjective or owner.</summary>
    private static string? CountryBefore(AnalyzedArticle a, IReadOnlyList<Mention> ms)
    {
        foreach (var m in ms.Where(m => m.Form is "name" or "acronym"))
        {
            var p = a.Mentions.LastOrDefault(x => x.End <= m.Start && x.Kind == EntityKind.Place && m.Start - x.End <= 3);
            if (p is null) continue;
            var gap = a.Article.Text[p.End..m.Start];
            if (gap is "" or " " or "'s " or "’s ")
                return Extraction.Mentions.BodyReference.CountryOf(p.Text, Lexicon) ?? Extraction.Mentions.BodyReference.CountryOf(p.Canonical, Lexicon);
        }
        return null;
    }

    /// <summary>What a named organisation's names say it is, with the country written before it.</summary>
    private static Extraction.Mentions.BodyFeatures? BodyOf(LocalEntity l)
    {
        if (l.Kind != EntityKind.Organization || !l.Named) return null;
        var name = l.Names.Where(n => !CanonicalName.IsAcronym(n)).OrderByDescending(n => n.Length).FirstOrDefault();
        if (name is null) return null;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Extraction.Mentions.BodyReference.Features(words, Lexicon, Extraction.Mentions.BodyReference.CountryIn(words, Lexicon) ?? l.CountryContext);
    }

    /// <summary>An organisation an article knows only by description ("Seoul's spy agency", "South Korean
    /// intelligence") is the named organisation of the story it fits, when exactly one does.</summary>
    private static void BodyDescriptions(IReadOnlyList<LocalEntity> locals, UnionFind uf)
    {
        Extraction.Mentions.BodyFeatures?[]? bodies = null;
        for (var i = 0; i < locals.Count; i++)
        {
            if (locals[i].Named || locals[i].Kind != EntityKind.Organization || locals[i].Mentions.All(m => m.Form != "description")) continue;
            var description = Extraction.Mentions.BodyReference.Features(locals[i].Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries), Lexicon);
            bodies ??= locals.Select(BodyOf).ToArray();
            var roots = new HashSet<int>();
            for (var j = 0; j < locals.Count; j++)
                if (bodies[j] is { } body && Extraction.Mentions.BodyReference.Fits(description, body)) roots.Add(uf.Find(j));
            if (roots.Count == 1) uf.Union(i, roots.First());
        }
    }

    /// <summary>"South Korea's spy chief" is the person some article of the story states to head a body that fits
    /// "South Korea's spy agency" (director / chief / head of the National Intelligence Service), when exactly one
    /// named person is so stated. The article must license it: a role naming the body and a heading role word.</summary>
    private static void BodyLeaders(IReadOnlyList<LocalEntity> locals, UnionFind uf)
    {
        List<(string Name, Extraction.Mentions.BodyFeatures Body)>? orgNames = null;
        for (var i = 0; i < locals.Count; i++)
        {
            if (locals[i].Named || locals[i].Kind != EntityKind.Person) continue;
            var words = locals[i].Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !Extraction.Mentions.BodyReference.Leaders.Contains(words[^1])) continue;
            var description = Extraction.Mentions.BodyReference.Features(words[..^1], Lexicon);
            if (description.Domain.Count == 0 && description.Class is null) continue;
            orgNames ??= locals.Select((l, k) => (l, b: BodyOf(l))).Where(x => x.b is not null)
                .SelectMany(x => x.l.Names.Select(n => (n, x.b!))).ToList();
            var roots = new HashSet<int>();
            for (var j = 0; j < locals.Count; j++)
            {
                if (!locals[j].Named || locals[j].Kind != EntityKind.Person || locals[j].Role is not { } role) continue;
                var roleWords = role.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
                if (!roleWords.Any(Extraction.Mentions.BodyReference.Leaders.Contains)) continue;
                // the body the role names: its own words, or an organisation of the story named in it ("NIS chief")
                var body = Extraction.Mentions.BodyReference.Features(roleWords, Lexicon);
                foreach (var (name, b) in orgNames)
                    if (ContainsWords(roleWords, name)) body = Merge(body, b);
                if (Extraction.Mentions.BodyReference.Fits(description, body)) roots.Add(uf.Find(j));
            }
            if (roots.Count == 1) uf.Union(i, roots.First());
        }
    }

    private static bool ContainsWords(string[] haystack, string name)
    {
        var needle = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k + needle.Length <= haystack.Length; k++)
            if (needle.Select((w, x) => string.Equals(haystack[k + x], w, StringComparison.Ordinal)).All(b => b)) return true;
        return false;
    }

    private static Extraction.Mentions.BodyFeatures Merge(Extraction.Mentions.BodyFeatures a, Extraction.Mentions.BodyFeatures b)
        => new(a.Class ?? b.Class, a.Domain.Concat(b.Domain).ToHashSet(StringComparer.Ordinal), a.Country ?? b.Country);

    private static string RoleKey(string s)
        => string.Join(' ', FusionText.Fold(s).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '"')).Where(w => w is not ("the" or "a" or "an" or "its" or "his" or "her")));

    /// <summary>Role phrases match when equal, or when one contains the other and both end in the same head word
    /// ("spy chief" ⊂ "south korea's spy chief").</summary>
    private static bool SameRole(string a, string b)
    {
        if (a == b) return true;
        var ha = a[(a.LastIndexOf(' ') + 1)..]; var hb = b[(b.LastIndexOf(' ') + 1)..];
        if (ha != hb) return false;
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return shorter.Contains(' ') && longer.EndsWith(" " + shorter, StringComparison.Ordinal) || longer.EndsWith("'s " + shorter, StringComparison.Ordinal);
    }
}

internal sealed class UnionFind
{
    private readonly int[] _p;
    public UnionFind(int n) => _p = Enumerable.Range(0, n).ToArray();
    public int Find(int a) { while (_p[a] != a) a = _p[a] = _p[_p[a]]; return a; }
    public void Union(int a, int b) { a = Find(a); b = Find(b); if (a != b) { if (a < b) _p[b] = a; else _p[a] = b; } }
}
