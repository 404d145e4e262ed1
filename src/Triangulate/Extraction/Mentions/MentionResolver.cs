using System.Text;
using Triangulate.Documents;

namespace Triangulate.Extraction.Mentions;

/// <summary>
/// Links the mentions of one article into entities. Conservative on purpose: a wrong merge (Kim Jong Un with
/// North Korea, two lawmakers of one paragraph) misleads a reader more than a missed link, so names merge only
/// on the same spelling (romanisations folded: "Kim Jong-un" = "Kim Jong Un"), a surname of a person already
/// named, an acronym spelled out in the article, or a stated role.
/// </summary>
internal sealed class MentionResolver(MentionLexicon lex)
{
    private sealed class Ent(int number, EntityKind kind)
    {
        public string Id { get; } = "e" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        public EntityKind Kind { get; set; } = kind;
        public List<Candidate> Mentions { get; } = [];
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
        public List<string> Tokens { get; } = [];
        public char Gender { get; set; }
        public string? KnownCanonical { get; set; }
        public int LastStart { get; set; }
        /// <summary>What the organisation's names say it is (<see cref="BodyReference"/>), for "the agency".</summary>
        public BodyFeatures? Body { get; set; }
        /// <summary>Number of leading name words that spell a known place ("Boston" in "Boston Red Sox"), else 0.</summary>
        public int PlacePrefix { get; set; }
        /// <summary>The name's last word designates a facility or body ("Center", "Clinic", "Council").</summary>
        public bool Designated { get; set; }
        /// <summary>A team: the article's city name acts for it (<see cref="TeamOf"/>), so it is an organisation
        /// whatever a learned guess read its name as ("Indianapolis Colts" as a place).</summary>
        public bool Team { get; set; }
    }

    private readonly List<Ent> _ents = [];

    public IReadOnlyList<Mention> Resolve(string text, List<Candidate> candidates)
    {
        var kept = new List<Candidate>();
        var byKey = new Dictionary<string, Ent>(StringComparer.Ordinal);
        var pendingAcronyms = new Dictionary<string, Ent>(StringComparer.Ordinal);

        foreach (var c in candidates)
        {
            Ent? ent = null;
            switch (c.Form)
            {
                case "pronoun":
                    ent = MostRecentPerson(c.Start, c.Gender, maxDistance: 2000);
                    break;
                case "title":
                    ent = ByRole(c);
                    break;
                case "description" when c.Body is not null:
                    ent = ByBody(c.Body) ?? (c.Body.Country is not null ? byKey.GetValueOrDefault("d:" + Norm(c.Canonical ?? c.Text)) ?? New(EntityKind.Organization, byKey, "d:" + Norm(c.Canonical ?? c.Text)) : null);
                    break;
                case "description":
                    ent = byKey.GetValueOrDefault("d:" + Norm(c.Canonical ?? c.Text));
                    ent ??= New(EntityKind.Person, byKey, "d:" + Norm(c.Canonical ?? c.Text));
                    break;
                default:
                    ent = ResolveName(text, c, byKey, pendingAcronyms);
                    break;
            }
            if (ent is null) continue;
            c.Entity = ent.Id;
            if (c.Form is "name" && c.Words.Count == 1 && ent.Kind == EntityKind.Person && ent.Tokens.Count >= 2) c.Form = "surname";
            ent.Mentions.Add(c);
            Vote(ent);
            c.Kind = ent.Kind;
            ent.LastStart = c.Start;
            if (ent.Gender == '\0' && c.Form is "name" or "surname" or "description") ent.Gender = c.Gender;
            if (c.ExpansionOf is not null) pendingAcronyms[c.ExpansionOf] = ent;
            if (ent.Kind == EntityKind.Organization && c.Form is "name" && c.Words.Count >= 2)
                ent.Body = BodyReference.Features(c.Words, lex, ent.Body?.Country ?? CountryBefore(text, c, kept));
            kept.Add(c);
        }

        MergeCataphora();

        // ids in order of first mention, with no gaps left by merges
        var owner = new Dictionary<Candidate, Ent>();
        foreach (var e in _ents) foreach (var m in e.Mentions) owner[m] = e;
        var ids = new Dictionary<Ent, string>();
        foreach (var c in kept)
        {
            var ent = owner[c];
            if (!ids.ContainsKey(ent)) ids[ent] = "e" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var canonical = ids.Keys.ToDictionary(e => e, e => Canonical(e));
        var roles = ids.Keys.ToDictionary(e => e, EntityRole);
        var result = new List<Mention>(kept.Count);
        foreach (var c in kept)
        {
            var ent = owner[c];
            var role = c.Form is "title" or "pronoun" ? roles[ent] : c.Role ?? roles[ent];
            result.Add(new Mention(c.Start, c.End, text[c.Start..c.End], ent.Kind, ids[ent], canonical[ent], role) { Form = c.Form });
        }
        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return result;
    }

    private Ent ResolveName(string text, Candidate c, Dictionary<string, Ent> byKey, Dictionary<string, Ent> pendingAcronyms)
    {
        // 0. a capital standing for its government is that country ("Pyongyang has denied" = North Korea); the city
        // itself ("in Pyongyang") stays a place of its own. "The North" after North Korea is North Korea.
        if (c.StandsFor is not null)
        {
            var state = byKey.GetValueOrDefault("p:" + Norm(c.StandsFor));
            if (state is null)
            {
                state = New(EntityKind.Place, byKey, "p:" + Norm(c.StandsFor));
                state.KnownCanonical = c.StandsFor;
            }
            c.Metonym = true;
            return state;
        }
        if (c.Compass)
        {
            var word = Norm(c.Words[0]);
            var countries = _ents.Where(e => e.Kind == EntityKind.Place && e.KnownCanonical is { } k && lex.Countries.Contains(k)
                                             && Norm(k).StartsWith(word, StringComparison.Ordinal) && Norm(k) != word).Distinct().ToList();
            if (countries.Count == 1) { c.Metonym = true; return countries[0]; }
        }
        if (c.Kind == EntityKind.Place && TeamOf(text, c) is { } team) { c.Metonym = true; return team; }

        var full = string.Join(' ', c.Words.Count > 0 ? c.Words : [c.Text]);
        var key = c.Kind == EntityKind.Place && c.Canonical is not null ? "p:" + Norm(c.Canonical) : Norm(full);
        var tokens = c.Words.Select(NormToken).Where(t => t.Length > 0).ToList();

        // 1. the same name (any spelling of it) again — also when this mention's kind was guessed otherwise ("in North
        // Carolina" a place, "North Carolina beat Evansville" a team): one article uses one name for one thing
        if (byKey.TryGetValue(key, out var same)) return same;
        if (c.Canonical is not null && byKey.TryGetValue(Norm(c.Canonical), out same) && c.Kind != EntityKind.Place) return same;
        if (byKey.TryGetValue(c.Kind == EntityKind.Place ? Norm(full) : "p:" + Norm(full), out same) && same.Kind != EntityKind.Person && c.Kind != EntityKind.Person)
            return Register(same, key, byKey);

        // 2. an acronym spelled out earlier: "National Intelligence Service (NIS)" ... "the NIS"; or its initials
        if (c.Acronym)
        {
            if (pendingAcronyms.TryGetValue(full, out var expanded)) return Register(expanded, key, byKey);
            var initials = full.Replace(".", "", StringComparison.Ordinal).Replace("&", "", StringComparison.Ordinal);
            var match = _ents.LastOrDefault(e => e.Kind != EntityKind.Person && e.Mentions.Any(m => m.Words.Count >= 2 && Initials(m.Words) == initials));
            if (match is not null) return Register(match, key, byKey);
        }

        // 3. a single word that is part of a person already named: surname ("Austin", "Mr Cho") or given name
        if (tokens.Count == 1 && !(c.Kind == EntityKind.Place && c.Canonical is not null && !lex.FirstNames.Contains(c.Words[0])))
        {
            var t = tokens[0];
            // a surname spelled another way in the same article ("Zelenskiy" after "Volodymyr Zelenskyy"): the
            // transliteration skeleton, on words long enough that two real surnames rarely share it
            var skeleton = t.Length >= 5 ? Fusion.Entities.NameKey.WordSkeleton(t) : null;
            var person = _ents.Where(e => e.Kind == EntityKind.Person && e.Tokens.Count >= 2
                                          && (e.Tokens.Contains(t) || skeleton is not null && e.Tokens[^1].Length >= 5
                                              && Fusion.Entities.NameKey.WordSkeleton(e.Tokens[^1]) == skeleton))
                              .OrderByDescending(e => e.Tokens[^1] == t || e.Tokens[0] == t && MentionLexicon.EastAsianSurnames.Contains(c.Words[0]))
                              .ThenByDescending(e => e.LastStart).FirstOrDefault();
            if (person is not null) return Register(person, key, byKey);
            // "Northrop" after "Northrop Grumman"
            // but a place that begins an organisation's name is where the organisation is ("Washington" after the
            // "Washington Post", "Staunton" after the "Staunton Police Department")
            // A common word counts too when written capitalised mid-sentence after a facility or organisation named
            // with it: "Promises" after "Promises Treatment Center", "Morningside" after "Morningside Recovery Center".
            var org = _ents.LastOrDefault(e => e.Tokens.Count >= 2 && e.Tokens[0] == t && !lex.Places.ContainsKey(c.Words[0]) && !lex.Demonyms.ContainsKey(c.Words[0])
                                               && (e.Kind == EntityKind.Organization && !lex.IsCommon(c.Words[0])
                                                   || e.Kind is EntityKind.Organization or EntityKind.Place && c.CapitalInformative && e.Designated));
            // ... but "in Jacksonville" after the "Jacksonville Jaguars" is the city, gazetteer or not ("at Promises" is
            // the facility: only a team's city is kept apart)
            if (org is not null && c.Kind != EntityKind.Person
                && !(c.Kind == EntityKind.Place && OnTheMap(text, c) && MentionLexicon.IsTeamName(org.Mentions[0].Words[^1])))
                return Register(org, key, byKey);
        }

        // 3b. an organisation's name without the place it starts with: "Red Sox" after "Boston Red Sox", "Colts" after
        // "Indianapolis Colts" (teams, papers and firms named "<place> <name>")
        if (tokens.Count >= 1 && c.Kind != EntityKind.Person && (c.CapitalInformative || !c.Words.All(lex.IsCommon)))
        {
            var org = _ents.LastOrDefault(e => IsPlacelessForm(e, tokens));
            if (org is not null) return Register(org, key, byKey);
        }

        // 4. a fuller or shorter spelling of a person named before: same first and last word ("Lloyd J. Austin")
        if (c.Kind == EntityKind.Person && tokens.Count >= 2)
        {
            var person = _ents.LastOrDefault(e => e.Kind == EntityKind.Person && e.Tokens.Count >= 2
                                                  && e.Tokens[0] == tokens[0] && e.Tokens[^1] == tokens[^1]);
            if (person is not null) { AddTokens(person, tokens); return Register(person, key, byKey); }
        }

        // 5. a new entity; a known acronym's expansion is also a key ("KCNA" = "Korean Central News Agency")
        var ent = New(c.Kind, byKey, key);
        if (c.Kind == EntityKind.Place) byKey.TryAdd(Norm(full), ent);
        AddTokens(ent, tokens);
        if (c.Words.Count >= 2)
        {
            ent.Designated = MentionLexicon.OrgLastWords.Contains(c.Words[^1]) || MentionLexicon.PlaceLastWords.Contains(c.Words[^1]);
            for (var k = Math.Min(3, c.Words.Count - 1); k >= 1; k--)
                if (lex.Places.ContainsKey(string.Join(' ', c.Words.Take(k)))) { ent.PlacePrefix = k; break; }
        }
        if (c.Canonical is not null)
        {
            ent.KnownCanonical = c.Canonical;
            if (c.Kind != EntityKind.Place) byKey.TryAdd(Norm(c.Canonical), ent);
        }
        return ent;
    }

    /// <summary>The entity's kind: rule-decided name mentions outvote learned guesses ("Northrop Grumman CEO ..."
    /// shows an organisation that a bare "Northrop Grumman" looked like a person's name).</summary>
    private static void Vote(Ent e)
    {
        if (e.Team) { e.Kind = EntityKind.Organization; return; }
        if (e.Mentions.Any(m => m.Form is "description" or "title" or "pronoun" or "surname") || e.Mentions.Count == 1) { if (e.Mentions.Count == 1) e.Kind = e.Mentions[0].Kind; return; }
        var names = e.Mentions.Where(m => m.Form is "name" or "acronym").ToList();
        var strong = names.Where(m => !m.LearnedKind).ToList();
        var pool = strong.Count > 0 ? strong : names;
        if (pool.Count == 0) return;
        e.Kind = pool.GroupBy(m => m.Kind).OrderByDescending(g => g.Count()).ThenBy(g => pool.IndexOf(g.First())).First().Key;
    }

    /// <summary>A bare surname used before the full name ("Zadan and Neil Meron ... Craig Zadan") joins the person
    /// once the full name is known, when exactly one person of the article carries that word.</summary>
    private void MergeCataphora()
    {
        foreach (var e in _ents.ToList())
        {
            if (e.Mentions.Count == 0 || e.KnownCanonical is not null || e.Tokens.Count != 1) continue;
            if (e.Mentions.Any(m => m.Form is not ("name" or "surname") || m.Words.Count != 1)) continue;
            var t = e.Tokens[0];
            var owners = _ents.Where(p => p != e && p.Kind == EntityKind.Person && p.Tokens.Count >= 2 && p.Tokens.Contains(t)).ToList();
            if (owners.Count != 1) continue;
            var owner = owners[0];
            foreach (var m in e.Mentions) { m.Form = "surname"; m.Kind = EntityKind.Person; owner.Mentions.Add(m); }
            e.Mentions.Clear();
        }
        // the same for an organisation named without its place before its full name (a headline's "Colts", then
        // "the Indianapolis Colts"), when exactly one organisation of the article has that fuller name
        foreach (var e in _ents.ToList())
        {
            if (e.Mentions.Count == 0 || e.Kind == EntityKind.Person || e.KnownCanonical is not null || e.Tokens.Count == 0) continue;
            if (e.Mentions.Any(m => m.Form is not "name") || !e.Mentions.Any(m => m.CapitalInformative || !m.Words.All(lex.IsCommon))) continue;
            var owners = _ents.Where(o => o != e && IsPlacelessForm(o, e.Tokens)).ToList();
            if (owners.Count != 1) continue;
            foreach (var m in e.Mentions) { m.Kind = owners[0].Kind; owners[0].Mentions.Add(m); }
            e.Mentions.Clear();
        }
        _ents.RemoveAll(e => e.Mentions.Count == 0);
    }

    /// <summary>
    /// A city standing for its team: "New Orleans have decided", "a win over Jacksonville", "leading Indianapolis to a
    /// victory" after the article named the "New Orleans Saints", "Jacksonville Jaguars", "Indianapolis Colts". The
    /// place (not a country) must begin the name of exactly one entity of the article whose one or two other words are
    /// a team's plural name (not a body's, an outlet's or a place's: "Washington Post", "New York Times", "Staunton
    /// Police", "Niagara Falls" keep their city apart), and
    /// nothing may put the mention on the map: after a preposition of place ("in Jacksonville", "to Indianapolis") or
    /// before a comma and another name ("Jacksonville, Fla.") it stays the city.
    /// </summary>
    private Ent? TeamOf(string text, Candidate c)
    {
        var tokens = c.Words.Select(NormToken).Where(t => t.Length > 0).ToList();
        if (tokens.Count == 0 || lex.Countries.Contains(string.Join(' ', c.Words)) || OnTheMap(text, c)) return null;
        // the team's own kind is not required: a learned guess reads "Indianapolis Colts" as a place as often as not
        var teams = _ents.Where(e => e.Kind is EntityKind.Organization or EntityKind.Place && e.Tokens.Count - tokens.Count is 1 or 2
                                     && e.Tokens.Take(tokens.Count).SequenceEqual(tokens) && MentionLexicon.IsTeamName(e.Mentions[0].Words[^1])).ToList();
        if (teams.Count != 1) return null;
        teams[0].Team = true;
        return teams[0];
    }

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "from", "near", "into", "outside", "across", "around", "throughout", "of", "toward",
        "towards", "through", "inside", "within", "via", "downtown", "central", "northern", "southern", "eastern", "western",
    };

    private static bool OnTheMap(string text, Candidate c)
    {
        var before = text[..c.Start].TrimEnd();
        var word = before[(before.LastIndexOfAny([' ', '\n', '\t', '(', '"']) + 1)..];
        if (PlacePrepositions.Contains(word)) return true;
        var after = text[c.End..].TrimStart(' ');
        return after.StartsWith(',') && after[1..].TrimStart() is { Length: > 0 } rest && char.IsUpper(rest[0]);
    }

    /// <summary>True when <paramref name="tokens"/> are an organisation's name without the place it begins with.</summary>
    private static bool IsPlacelessForm(Ent org, IReadOnlyList<string> tokens)
        => org.Kind == EntityKind.Organization && org.PlacePrefix > 0 && org.Tokens.Count == org.PlacePrefix + tokens.Count
           && org.Tokens.Skip(org.PlacePrefix).SequenceEqual(tokens);

    private static void AddTokens(Ent e, List<string> tokens)
    {
        if (e.Tokens.Count == 0 || tokens.Count > e.Tokens.Count) { e.Tokens.Clear(); e.Tokens.AddRange(tokens); }
    }

    private static Ent Register(Ent e, string key, Dictionary<string, Ent> byKey)
    {
        byKey.TryAdd(key, e);
        return e;
    }

    private Ent New(EntityKind kind, Dictionary<string, Ent> byKey, string key)
    {
        var e = new Ent(_ents.Count + 1, kind);
        _ents.Add(e);
        byKey[key] = e;
        return e;
    }

    /// <summary>The country of a place written right before a name, as an adjective or owner ("South Korea's National
    /// Intelligence Service", "Seoul's National Intelligence Service").</summary>
    private string? CountryBefore(string text, Candidate c, List<Candidate> kept)
    {
        for (var i = kept.Count - 1; i >= 0 && i >= kept.Count - 3; i--)
        {
            var p = kept[i];
            if (p.End > c.Start) continue;
            var gap = text[p.End..c.Start];
            if (p.Kind != EntityKind.Place || gap is not ("" or " " or "'s " or "’s ")) return null;
            return BodyReference.CountryOf(string.Join(' ', p.Words), lex) ?? p.Canonical;
        }
        return null;
    }

    /// <summary>The most recently mentioned named organisation a description fits ("the spy agency" → the National
    /// Intelligence Service named before), or null.</summary>
    private Ent? ByBody(BodyFeatures description)
    {
        Ent? best = null;
        foreach (var e in _ents)
            if (e.Kind == EntityKind.Organization && e.Body is { } body && BodyReference.Fits(description, body) && (best is null || e.LastStart > best.LastStart))
                best = e;
        return best;
    }

    private Ent? MostRecentPerson(int before, char gender, int maxDistance)
    {
        // candidates are resolved in text order, so an entity's last mention so far is its latest before the offset
        Ent? best = null;
        foreach (var e in _ents)
        {
            if (e.Kind != EntityKind.Person || e.Mentions.Count == 0) continue;
            if (gender != '\0' && e.Gender != '\0' && e.Gender != gender) continue;
            if (e.LastStart < before && before - e.LastStart <= maxDistance && (best is null || e.LastStart > best.LastStart)) best = e;
        }
        return best;
    }

    private Ent? ByRole(Candidate c)
    {
        var head = Fold(c.Words.Count > 0 ? c.Words[0] : c.Text);
        var modifiers = (c.Role ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Fold)
            .Where(w => w != head && w is not ("senior" or "top" or "former" or "the" or "new" or "then" or "longtime" or "veteran")).ToList();
        Ent? best = null;
        foreach (var e in _ents)
        {
            if (e.Kind != EntityKind.Person) continue;
            var role = EntityRole(e);
            if (role is null) continue;
            var words = role.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries).Select(Fold).ToHashSet();
            if (!words.Contains(head)) continue;
            // every content modifier the reference states must be in the role ("the defence secretary" ≠ a foreign secretary)
            if (modifiers.Any(m => !words.Contains(m) && !Countries(words).Contains(m))) continue;
            if (best is null || e.LastStart > best.LastStart) best = e;
        }
        return best;
    }

    private HashSet<string> Countries(HashSet<string> roleWords)
    {
        // "the South Korean minister" matches a role naming "South Korea"... through the gazetteers' demonyms
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in roleWords)
            if (FoldedDemonyms.Value.TryGetValue(w, out var country)) set.Add(country);
        return set;
    }

    private static readonly Lazy<Dictionary<string, string>> FoldedDemonyms = new(() =>
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (demonym, country) in MentionLexicon.Instance.Demonyms)
            if (!demonym.Contains(' ')) d.TryAdd(Fold(demonym), Fold(country));
        return d;
    });

    private static string Fold(string w)
    {
        var l = w.ToLowerInvariant().Trim('.', ',');
        return l switch
        {
            "defense" => "defence", "u.s" or "us" or "american" => "us", "spokeswoman" or "spokesperson" => "spokesman",
            "gov" => "governor", "sen" => "senator", "rep" => "representative", "gen" => "general", "pres" => "president",
            "lt" => "lieutenant", "col" => "colonel", "capt" => "captain", "adm" => "admiral", "amb" => "ambassador", "pm" => "minister",
            _ => l,
        };
    }

    private static string? EntityRole(Ent e) =>
        e.Mentions.Where(m => m.Role is not null && m.Form is not ("title" or "pronoun")).Select(m => m.Role!)
            .OrderByDescending(r => r.Length).ThenBy(r => r, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The form the article writes most (<see cref="Fusion.Entities.CanonicalName"/>); a gazetteer's or
    /// acronym list's form only breaks ties or names an entity written as an acronym or demonym alone.</summary>
    private string Canonical(Ent e)
    {
        var uses = e.Mentions.Where(m => m.Form is "name" or "acronym" or "surname" && m.Words.Count > 0 && !m.Metonym)
            .Select(m => string.Join(' ', m.Words)).Where(n => !lex.IsDemonymForm(n))
            .Select(n => new Fusion.Entities.CanonicalName.Use(n, 1)).ToList();
        if (e.KnownCanonical is not null) uses.Add(new(e.KnownCanonical, 0.5));
        if (Fusion.Entities.CanonicalName.Choose(uses, e.Kind) is { } chosen) return chosen;
        var names = e.Mentions.Where(m => m.Form is "name" or "description").ToList();
        var best = names.Where(m => !m.Acronym)
            .OrderByDescending(m => m.Words.Count).ThenByDescending(m => m.Text.Length).ThenBy(m => m.Start)
            .FirstOrDefault();
        if (best is not null) return best.Form == "description" ? best.Canonical ?? best.Text : string.Join(' ', best.Words);
        if (e.KnownCanonical is not null) return e.KnownCanonical;
        var any = e.Mentions.OrderByDescending(m => m.Words.Count).First();
        return any.Words.Count > 0 ? string.Join(' ', any.Words) : any.Text;
    }

    private static string Initials(IReadOnlyList<string> words)
    {
        var sb = new StringBuilder();
        foreach (var w in words)
            if (w.Length > 0 && char.IsUpper(w[0])) sb.Append(w[0]);
        return sb.ToString();
    }

    /// <summary>Spelling key: letters and digits only, lower case — "Kim Jong-un" and "Kim Jong Un" share one.</summary>
    internal static string Norm(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
        return sb.ToString();
    }

    private static string NormToken(string w) => MentionLexicon.Honorifics.Contains(w) ? "" : Norm(w);
}
