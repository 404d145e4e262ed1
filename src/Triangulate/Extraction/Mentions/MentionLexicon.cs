using System.Reflection;
using Triangulate.Documents;

namespace Triangulate.Extraction.Mentions;

/// <summary>
/// Word lists behind the mention extractor. Three kinds of list, kept apart so that each can be traced:
/// gazetteers converted from open data (Resources/Mentions/places.tsv, common-words.txt — see docs/DATA.md),
/// lists and token weights learned from training splits (Resources/Mentions/learned.tsv, written by
/// tools/mentions/learn-mention-lists.py), and small hand-written closed classes (titles, cue words, pronouns)
/// that no data set here lists on its own.
/// </summary>
internal sealed class MentionLexicon
{
    // Lazy: the static lists below must be initialised before the constructor reads them.
    private static readonly Lazy<MentionLexicon> LazyInstance = new(() => new MentionLexicon());
    public static MentionLexicon Instance => LazyInstance.Value;

    /// <summary>Place names (countries, alternative spellings, capitals, cities) → canonical name.</summary>
    public Dictionary<string, string> Places { get; } = new(StringComparer.Ordinal);
    /// <summary>Country names only (a subset of <see cref="Places"/>).</summary>
    public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);
    /// <summary>Demonyms ("South Korean") → country.</summary>
    public Dictionary<string, string> Demonyms { get; } = new(StringComparer.Ordinal);
    /// <summary>Lower-case common English words; the value is true when the word is first of all a noun.</summary>
    public Dictionary<string, bool> Common { get; } = new(StringComparer.Ordinal);
    public HashSet<string> FirstNames { get; } = new(StringComparer.Ordinal);
    /// <summary>Capital city → its country (world-countries), for a capital that stands for its government.</summary>
    public Dictionary<string, string> CapitalOf { get; } = new(StringComparer.Ordinal);
    /// <summary>Lower-case verb lemmas (WordNet 3.1), for headline words ("Clinch", "Disrupted").</summary>
    public HashSet<string> Verbs { get; } = new(StringComparer.Ordinal);
    /// <summary>'m' or 'f' for first names given to one sex only (Moby lists), for pronoun agreement.</summary>
    public Dictionary<string, char> FirstNameGender { get; } = new(StringComparer.Ordinal);
    public HashSet<string> RoleNouns { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> Titles { get; } = new(StringComparer.Ordinal);
    /// <summary>Naive Bayes counts per feature: person, organization, place, other.</summary>
    public Dictionary<string, int[]> Features { get; } = new(StringComparer.Ordinal);
    public int[] KindTotals { get; } = new int[4];

    // --- hand-written closed classes -------------------------------------------------------------------------

    /// <summary>Honorifics and titles that always introduce a person's name.</summary>
    public static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof.", "Sir", "Dame", "Lord", "Lady",
        "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Cpl.", "Sen.", "Rep.", "Gov.", "Rev.",
        "Pres.", "Supt.", "Insp.", "Det.", "Amb.", "Hon.",
    };

    /// <summary>Role nouns: heads of titles and descriptions of people ("Defense Secretary", "the spy chief").</summary>
    public static readonly string[] SeedRoleNouns =
    [
        "president", "vice-president", "secretary", "minister", "spokesman", "spokeswoman", "spokesperson",
        "director", "chief", "official", "officials", "lawmaker", "legislator", "senator", "congressman",
        "congresswoman", "governor", "mayor", "ambassador", "envoy", "diplomat", "general", "commander",
        "admiral", "colonel", "captain", "lieutenant", "sergeant", "officer", "leader", "chairman", "chairwoman",
        "chair", "premier", "chancellor", "king", "queen", "prince", "princess", "pope", "judge", "justice",
        "prosecutor", "attorney", "lawyer", "analyst", "expert", "professor", "researcher", "adviser", "advisor",
        "aide", "head", "deputy", "representative", "member", "candidate", "nominee", "reporter", "correspondent",
        "editor", "author", "actor", "actress", "singer", "coach", "player", "manager", "executive", "ceo",
        "founder", "owner", "president-elect", "chief-of-staff", "negotiator", "inspector", "police", "sheriff",
        "detective", "investigator", "agent", "commissioner", "councillor", "councilor", "speaker", "dictator",
        "ruler", "monarch", "emperor", "general-secretary", "secretary-general", "emir", "sheikh", "cardinal",
        "bishop", "archbishop", "rabbi", "imam", "activist", "witness", "victim", "suspect", "publicist", "rep",
    ];

    /// <summary>Lower-case words that may sit between a determiner and a role noun ("the senior US official").</summary>
    public static readonly HashSet<string> RoleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "senior", "top", "former", "deputy", "vice", "acting", "chief", "foreign", "defence", "defense",
        "military", "intelligence", "spy", "press", "campaign", "state", "national", "security", "finance",
        "interior", "justice", "prime", "general", "assistant", "associate", "executive", "managing", "local",
        "regional", "federal", "government", "party", "opposition", "ruling", "top-ranking", "high-ranking",
        "senior-level", "white", "house", "police", "army", "navy", "air", "force", "public", "health",
        "economy", "trade", "unification", "veteran", "new", "incoming", "outgoing", "then", "longtime",
        "ukrainian", "russian", "american", "military-intelligence", "news", "agency", "foreign-ministry",
        "energy", "education", "labor", "labour", "treasury", "homeland", "legal", "political", "chief-executive",
        "republican", "democratic", "democrat", "conservative", "liberal", "socialist", "independent",
    };

    /// <summary>Last words that make a capitalised span an organisation.</summary>
    public static readonly HashSet<string> OrgLastWords = new(StringComparer.Ordinal)
    {
        "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "AG", "GmbH", "SA",
        "Ministry", "Agency", "Service", "Services", "Council", "Committee", "Commission", "Bank", "University",
        "College", "School", "Department", "Office", "Bureau", "Party", "Army", "Navy", "Forces", "Force",
        "Police", "Court", "Association", "Union", "Group", "Institute", "Foundation", "Authority",
        "Organization", "Organisation", "Times", "Post", "Journal", "News", "Network", "Airlines", "Airways",
        "Motors", "Systems", "Technologies", "Club", "Team", "Church", "Federation", "Assembly", "Parliament",
        "Congress", "Senate", "Cabinet", "Administration", "Government", "Corporation", "Company", "Industries",
        "Media", "Press", "Guard", "Corps", "Command", "Board", "Fund", "Reserve", "Alliance", "Coalition",
        "Movement", "Front", "Brigade", "Regiment", "Battalion", "Division", "Academy", "Society", "Trust",
        "Institution", "Agency", "Staff", "Chiefs", "Tribunal", "Duma", "Kremlin", "Pentagon", "Telegraph",
        "Herald", "Tribune", "Gazette", "Daily", "Broadcasting", "Television", "Radio", "Channel", "Studios",
        "Records", "Entertainment", "Holdings", "Partners", "Capital", "Securities", "Insurance", "Energy",
        "Airline", "Lines", "Labs", "Laboratories", "Pharmaceuticals", "Electronics", "Software", "Solutions",
        "Communications", "Telecom", "Exchange", "Department", "Directorate", "Secretariat", "Mission",
        "Delegation", "Embassy", "Consulate", "Unit", "Squad", "Council", "Legislature", "Caucus", "Sciences",
        "Studies", "Affairs", "Relations", "Boards", "Trustees", "Republicans", "Democrats",
    };

    /// <summary>Last words that make a capitalised span of two words or more neither a person, a body nor a place: laws,
    /// agreements, wars, prizes, events and works.</summary>
    public static readonly HashSet<string> OtherLastWords = new(StringComparer.Ordinal)
    {
        "Act", "Law", "Bill", "Treaty", "Accord", "Accords", "Agreement", "Convention", "Protocol", "Amendment",
        "Doctrine", "Charter", "Resolution", "War", "Wars", "Revolution", "Crisis", "Award", "Awards", "Prize", "Medal",
        "Cup", "Games", "Olympics", "Championship", "Championships", "Series", "Bowl", "Open", "Grand Prix", "Festival",
        "Summit", "Expo", "Marathon", "Tournament", "Trophy", "Album", "Film", "Show", "Novel",
    };

    /// <summary>Last words that make a capitalised span a place.</summary>
    public static readonly HashSet<string> PlaceLastWords = new(StringComparer.Ordinal)
    {
        "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Lane", "Drive", "Highway", "River",
        "Mountain", "Mountains", "Mount", "Island", "Islands", "Lake", "Sea", "Ocean", "Bay", "Valley",
        "Province", "County", "City", "Region", "Oblast", "Peninsula", "Square", "Airport", "Bridge", "Hotel",
        "Stadium", "Arena", "Border", "Strait", "Gulf", "Coast", "Desert", "Canal", "Harbor", "Harbour", "Port",
        "Beach", "Hills", "Falls", "Prefecture", "District", "Territory", "Territories", "Village", "Town",
        "Hospital", "Prison", "Base", "Center", "Centre", "Mall", "Tower", "Building", "Palace", "Park",
        "Cathedral", "Temple", "Mosque", "Station", "Zone", "Plaza", "Heights", "Camp", "Field", "Forest",
        "Canyon", "Crater", "Peak", "Reservoir", "Dam", "Glacier", "Ridge", "Hill", "Theatre", "Theater", "Hall",
        "Terminal", "Pass", "Trail", "Neighbourhood", "Neighborhood", "Quarter", "Estate",
    };

    /// <summary>First words that, followed by "of", make an organisation ("Ministry of Defence").</summary>
    public static readonly HashSet<string> OfHeads = new(StringComparer.Ordinal)
    {
        "Ministry", "Department", "University", "Bank", "Secretary", "Minister", "Republic", "Kingdom", "State",
        "States", "Council", "Institute", "Office", "Bureau", "Court", "Chamber", "Board", "Federation",
        "Association", "Union", "School", "College", "Museum", "Church", "Gulf", "Sea", "Bay", "Isle", "City",
        "Province", "Army", "Navy", "Academy", "Center", "Centre", "Commission", "Committee", "Agency", "House",
        "Party", "Chief", "Chiefs", "Director", "Mayor", "Governor", "President", "Prime", "Duke", "Prince",
        "King", "Queen", "Bishop", "Archbishop", "Church", "Sea", "Strait", "Straits", "Cape", "Port", "Mount",
        "Lake", "Isle", "Islands", "Coast", "Vice", "Speaker", "Leader", "Head", "Commander", "Order", "Society",
        "Organization", "Organisation", "Embassy", "Consulate", "Minister", "Secretariat", "Government",
        "Institute", "Corps", "Division", "Battle", "Treaty", "Port", "Diocese", "Attorney", "Auditor",
        "Chancellor", "Chairman", "Justice", "Federal", "Central", "Supreme", "High",
    };

    /// <summary>Well-known organisations and acronyms; the expansion links an acronym to its spelled-out name.</summary>
    public static readonly (string Name, EntityKind Kind, string Canonical)[] KnownNames =
    [
        ("US", EntityKind.Place, "United States"), ("U.S.", EntityKind.Place, "United States"),
        ("USA", EntityKind.Place, "United States"), ("U.S.A.", EntityKind.Place, "United States"),
        ("America", EntityKind.Place, "United States"), ("UK", EntityKind.Place, "United Kingdom"),
        ("U.K.", EntityKind.Place, "United Kingdom"), ("Britain", EntityKind.Place, "United Kingdom"),
        ("Great Britain", EntityKind.Place, "United Kingdom"), ("DPRK", EntityKind.Place, "North Korea"),
        ("ROK", EntityKind.Place, "South Korea"), ("Korea", EntityKind.Place, "Korea"),
        ("UAE", EntityKind.Place, "United Arab Emirates"), ("Europe", EntityKind.Place, "Europe"),
        ("Asia", EntityKind.Place, "Asia"), ("Africa", EntityKind.Place, "Africa"),
        ("Middle East", EntityKind.Place, "Middle East"), ("Latin America", EntityKind.Place, "Latin America"),
        ("Crimea", EntityKind.Place, "Crimea"), ("Donbas", EntityKind.Place, "Donbas"), ("Kursk", EntityKind.Place, "Kursk"),
        ("Gaza", EntityKind.Place, "Gaza"), ("West Bank", EntityKind.Place, "West Bank"),
        ("Scotland", EntityKind.Place, "Scotland"), ("England", EntityKind.Place, "England"), ("Wales", EntityKind.Place, "Wales"),
        ("NATO", EntityKind.Organization, "NATO"), ("Nato", EntityKind.Organization, "NATO"),
        ("UN", EntityKind.Organization, "United Nations"), ("U.N.", EntityKind.Organization, "United Nations"),
        ("United Nations", EntityKind.Organization, "United Nations"), ("EU", EntityKind.Organization, "European Union"),
        ("European Union", EntityKind.Organization, "European Union"), ("FBI", EntityKind.Organization, "FBI"),
        ("CIA", EntityKind.Organization, "CIA"), ("NSA", EntityKind.Organization, "NSA"),
        ("Pentagon", EntityKind.Organization, "Pentagon"), ("Kremlin", EntityKind.Organization, "Kremlin"),
        ("White House", EntityKind.Organization, "White House"), ("Congress", EntityKind.Organization, "Congress"),
        ("Senate", EntityKind.Organization, "Senate"), ("Reuters", EntityKind.Organization, "Reuters"),
        ("AP", EntityKind.Organization, "Associated Press"), ("Associated Press", EntityKind.Organization, "Associated Press"),
        ("AFP", EntityKind.Organization, "AFP"), ("BBC", EntityKind.Organization, "BBC"), ("CNN", EntityKind.Organization, "CNN"),
        ("KCNA", EntityKind.Organization, "Korean Central News Agency"), ("Yonhap", EntityKind.Organization, "Yonhap"),
        ("Hamas", EntityKind.Organization, "Hamas"), ("Hezbollah", EntityKind.Organization, "Hezbollah"),
        ("Taliban", EntityKind.Organization, "Taliban"), ("IMF", EntityKind.Organization, "International Monetary Fund"),
        ("WHO", EntityKind.Organization, "World Health Organization"), ("OPEC", EntityKind.Organization, "OPEC"),
        ("Google", EntityKind.Organization, "Google"), ("Apple", EntityKind.Organization, "Apple"),
        ("Microsoft", EntityKind.Organization, "Microsoft"), ("Facebook", EntityKind.Organization, "Facebook"),
        ("Twitter", EntityKind.Organization, "Twitter"), ("Telegram", EntityKind.Organization, "Telegram"),
        ("Boeing", EntityKind.Organization, "Boeing"), ("Airbus", EntityKind.Organization, "Airbus"),
        ("Democrats", EntityKind.Organization, "Democratic Party"), ("Republicans", EntityKind.Organization, "Republican Party"),
        ("GOP", EntityKind.Organization, "Republican Party"), ("Parliament", EntityKind.Organization, "Parliament"),
    ];

    /// <summary>Common family names of Korea, China and Vietnam, which come first in the name as written in English.</summary>
    public static readonly HashSet<string> EastAsianSurnames = new(StringComparer.Ordinal)
    {
        "Kim", "Lee", "Park", "Choi", "Cho", "Jung", "Chung", "Kang", "Yoon", "Yun", "Jang", "Lim", "Han", "Oh",
        "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae",
        "Baek", "Heo", "Nam", "Sim", "Noh", "Roh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Koo", "Min", "Ryu",
        "Na", "Jin", "Chae", "Pyo", "Ri", "Choe", "Pak", "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Zhao",
        "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Nguyen", "Tran",
    };

    public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "du",
        "dos", "das", "ben", "abu", "y",
    };

    public static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "June", "July", "August", "September", "October", "November", "December", "Jan.",
        "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "I", "Mon.",
        "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun.", "AM", "PM", "A.M.", "P.M.", "GMT", "UTC", "EST", "EDT",
        "PST", "PDT", "OK", "TV", "Christmas", "Easter",
    };

    public static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "noted", "warned", "explained",
        "insisted", "claimed", "argued", "asked", "replied", "wrote", "tweeted", "posted", "declared",
        "announced", "acknowledged", "admitted", "confirmed", "denied", "suggested", "stressed", "continued",
        "recalled", "estimated", "predicted", "urged", "emphasized", "emphasised", "remarked", "responded",
        "answered", "believes", "believed", "thinks", "thought", "reported", "revealed", "disclosed",
        "indicated", "alleged", "contended", "maintained", "observed", "pointed", "cautioned", "conceded",
        "complained", "testified", "commented", "joked", "mused", "conceded", "countered", "vowed", "promised",
    };

    private MentionLexicon()
    {
        foreach (var line in ReadLines("places.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 3) continue;
            switch (f[0])
            {
                case "demonym": Demonyms.TryAdd(f[1], f[2]); break;
                case "country": Places.TryAdd(f[1], f[2]); Countries.Add(f[1]); break;
                case "capital":
                    Places.TryAdd(f[1], f[2]);
                    if (f.Length > 3) CapitalOf.TryAdd(f[1], f[3]);
                    break;
                default: Places.TryAdd(f[1], f[2]); break;
            }
        }
        foreach (var (name, kind, canonical) in KnownNames)
            if (kind == EntityKind.Place) { Places[name] = canonical; Countries.Add(name); }
        foreach (var line in ReadLines("common-words.txt"))
        {
            var tab = line.IndexOf('\t');
            if (tab < 0) Common[line] = false; else Common[line[..tab]] = true;
        }
        foreach (var line in ReadLines("verbs.txt")) Verbs.Add(line);
        foreach (var line in ReadLines("first-names.tsv"))
        {
            var f = line.Split('\t');
            FirstNames.Add(f[0]);
            if (f.Length > 1 && f[1] is "m" or "f") FirstNameGender[f[0]] = f[1][0];
        }
        foreach (var w in SeedRoleNouns) RoleNouns.Add(w);
        foreach (var line in ReadLines("learned.tsv"))
        {
            var f = line.Split('\t');
            switch (f[0])
            {
                case "feat" when f.Length == 6:
                    var counts = new[] { int.Parse(f[2]), int.Parse(f[3]), int.Parse(f[4]), int.Parse(f[5]) };
                    Features[f[1]] = counts;
                    if (f[1].StartsWith("N:", StringComparison.Ordinal))
                        for (var k = 0; k < 4; k++) KindTotals[k] += counts[k];
                    break;
                case "first" when f.Length == 3: FirstNames.Add(f[1]); break;
                // plural learned role words ("reporters") describe groups, not the one person a title names
                case "role" when f.Length == 3 && !(f[1].EndsWith('s') && !f[1].EndsWith("ss")): RoleNouns.Add(f[1]); break;
                case "title" when f.Length == 3 && int.Parse(f[2]) >= 3: Titles.Add(f[1]); break;
            }
        }
        // Learned titles are capitalised role nouns seen before names; keep only those that are role nouns or
        // abbreviations, so that "National" or "South" (parts of organisation names before a name) do not count.
        // "U.S." and "St." precede names too but are a country and a saint/street, not titles.
        Titles.RemoveWhere(t => !(t.EndsWith('.') || RoleNouns.Contains(t)) || t.Count(ch => ch == '.') > 1 || t == "St." || Places.ContainsKey(t));
        foreach (var h in Honorifics) Titles.Add(h);
    }

    /// <summary>The text without a trailing possessive ("Seoul's" -> "Seoul"), straight or curly apostrophe.</summary>
    public static string WithoutPossessive(string text)
        => text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal) ? text[..^2] : text;

    /// <summary>True for a people's adjective or plural ("South Korean", "Russians", "Ukrainian's"): a mention of the
    /// country, but not a form to name it by.</summary>
    public bool IsDemonymForm(string text)
    {
        var t = WithoutPossessive(text);
        return Demonyms.ContainsKey(t) || t.Length > 4 && t[^1] == 's' && Demonyms.ContainsKey(t[..^1]);
    }

    /// <summary>True when a mention written <paramref name="text"/> of an entity named <paramref name="canonical"/>
    /// stands in for it rather than naming it: a capital for its country ("Pyongyang" of North Korea), a compass word
    /// for a country named with it ("the North"). Such a mention neither names the entity nor links it to the city.
    /// (A city for the team named after it is one too: <c>EntityMerger.StandsIn</c>.)</summary>
    public bool IsStandIn(string text, string canonical)
    {
        var t = WithoutPossessive(text);
        if (CapitalOf.TryGetValue(t, out var country) && country == canonical) return true;
        return t is "North" or "South" && canonical.StartsWith(t + " ", StringComparison.Ordinal) && Countries.Contains(canonical);
    }

    /// <summary>True when a name's last word is a team's plural name ("Saints", "Colts", "Red Sox"), not a body's, an
    /// outlet's, a firm's or a place's ("Times", "News", "Airlines", "Falls").</summary>
    public static bool IsTeamName(string lastWord)
        => lastWord.Length > 3 && (lastWord.EndsWith('s') && !lastWord.EndsWith("ss", StringComparison.Ordinal) || lastWord is "Sox")
           // "Chiefs" is a body word for the Joint Chiefs only
           && (!OrgLastWords.Contains(lastWord) || lastWord is "Chiefs") && !PlaceLastWords.Contains(lastWord)
           && !OtherLastWords.Contains(lastWord);

    /// <summary>True for a common English word, inflected forms included ("Defies", "Needs", "Killed").</summary>
    public bool IsCommon(string word)
    {
        var w = word.ToLowerInvariant();
        if (Common.ContainsKey(w)) return true;
        if (w.Length < 5) return false;
        if (w.EndsWith("ies", StringComparison.Ordinal) && Common.ContainsKey(w[..^3] + "y")) return true;
        if (w.EndsWith("es", StringComparison.Ordinal) && Common.ContainsKey(w[..^2])) return true;
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && Common.ContainsKey(w[..^1])) return true;
        if (w.EndsWith("ed", StringComparison.Ordinal) && (Common.ContainsKey(w[..^2]) || Common.ContainsKey(w[..^1]))) return true;
        if (w.EndsWith("ing", StringComparison.Ordinal) && (Common.ContainsKey(w[..^3]) || Common.ContainsKey(w[..^3] + "e"))) return true;
        return false;
    }

    /// <summary>True for a form of a verb: lemma, -s/-es/-ies, -ed/-d/-ied, -ing, with a doubled final consonant or a
    /// dropped final -e ("Clinches", "Disrupted", "Stopping", "Taking").</summary>
    public bool IsVerbForm(string word)
    {
        var w = word.ToLowerInvariant();
        if (Verbs.Contains(w)) return true;
        if (w.Length < 4) return false;
        foreach (var (suffix, replacements) in VerbSuffixes)
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = w[..^suffix.Length];
            if (stem.Length < 2) continue;
            foreach (var r in replacements) if (Verbs.Contains(stem + r)) return true;
            if (suffix is "ed" or "ing" && stem.Length >= 3 && stem[^1] == stem[^2] && Verbs.Contains(stem[..^1])) return true;
        }
        return false;
    }

    private static readonly (string Suffix, string[] Replacements)[] VerbSuffixes =
    [
        ("ies", ["y"]), ("ied", ["y"]), ("es", ["", "e"]), ("s", [""]), ("ed", ["", "e"]), ("ing", ["", "e"]),
    ];

    private static IEnumerable<string> ReadLines(string file)
    {
        var asm = typeof(MentionLexicon).Assembly;
        var name = asm.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("Mentions." + file, StringComparison.Ordinal));
        if (name is null) yield break;
        using var stream = asm.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) yield return line;
    }
}
