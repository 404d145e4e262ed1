namespace Triangulate.Extraction.Mentions;

/// <summary>What a phrase says about an organisation: the kind of body its head word names ("agency": Agency, Service,
/// Bureau, Directorate...), its field ("intelligence": spy, intelligence), and the country it belongs to (from a
/// demonym, a country or a capital in or before it).</summary>
internal sealed record BodyFeatures(string? Class, IReadOnlySet<string> Domain, string? Country)
{
    public bool IsEmpty => Class is null && Domain.Count == 0;
}

/// <summary>
/// Descriptions of organisations ("the spy agency", "Seoul's spy agency", "South Korean intelligence", "the agency")
/// and of their heads ("South Korea's spy chief"), matched to named bodies by <see cref="BodyFeatures"/>: the same
/// class of body, every field word of the description among the body's, and no conflicting country. A small closed
/// vocabulary written by hand: body classes and fields that news uses for public bodies and companies.
/// </summary>
internal static class BodyReference
{
    /// <summary>Head words of bodies → their class ("Service" and "agency" are the same class of body).</summary>
    private static readonly Dictionary<string, string> Classes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["agency"] = "agency", ["service"] = "agency", ["bureau"] = "agency", ["directorate"] = "agency",
        ["administration"] = "agency", ["office"] = "agency", ["authority"] = "agency",
        ["ministry"] = "ministry", ["department"] = "ministry",
        ["company"] = "company", ["firm"] = "company", ["corporation"] = "company", ["corp"] = "company", ["inc"] = "company",
        ["newspaper"] = "newspaper", ["paper"] = "newspaper", ["daily"] = "newspaper",
        ["party"] = "party", ["committee"] = "committee", ["commission"] = "committee", ["council"] = "council",
        ["court"] = "court", ["union"] = "union", ["alliance"] = "alliance", ["bank"] = "bank", ["army"] = "army",
        ["military"] = "army", ["navy"] = "navy", ["parliament"] = "parliament", ["assembly"] = "parliament",
        ["broadcaster"] = "broadcaster", ["network"] = "broadcaster", ["university"] = "university", ["club"] = "club",
        ["team"] = "club",
    };

    /// <summary>Field words → their folded field ("spy" and "intelligence" name one field).</summary>
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["spy"] = "intelligence", ["intelligence"] = "intelligence", ["espionage"] = "intelligence",
        ["defense"] = "defence", ["defence"] = "defence", ["foreign"] = "foreign", ["security"] = "security",
        ["health"] = "health", ["justice"] = "justice", ["interior"] = "interior", ["finance"] = "finance",
        ["treasury"] = "finance", ["trade"] = "trade", ["education"] = "education", ["energy"] = "energy",
        ["transport"] = "transport", ["transportation"] = "transport", ["environment"] = "environment",
        ["environmental"] = "environment", ["election"] = "election", ["elections"] = "election", ["electoral"] = "election",
        ["police"] = "police", ["unification"] = "unification", ["space"] = "space", ["nuclear"] = "nuclear",
    };

    /// <summary>Role words for the person who heads a body ("spy chief", "NIS Director", "agency head").</summary>
    public static readonly HashSet<string> Leaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "chief", "director", "head", "boss", "chairman", "chairwoman", "chair", "commander", "director-general",
    };

    /// <summary>Words that may stand between "the" (or an owner's possessive) and a body's head word.</summary>
    public static bool IsModifier(string w) => Fields.ContainsKey(w) || w is "national" or "state" or "federal" or "central"
        or "main" or "top" or "local" or "regional" or "government" or "government's" or "country's" or "nation's" or "military";

    public static bool IsBodyHead(string w) => Classes.ContainsKey(w);

    public static bool IsField(string w) => Fields.ContainsKey(w);

    /// <summary>Features of a run of words (a name, a description or a role), with the country context given or found
    /// among the words.</summary>
    public static BodyFeatures Features(IReadOnlyList<string> words, MentionLexicon lex, string? country = null)
    {
        string? cls = null;
        var domain = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Trim('.', ',', '(', ')', '"', '\'');
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)) w = w[..^2];
            if (Classes.TryGetValue(w, out var c)) cls = c;
            if (Fields.TryGetValue(w, out var f)) domain.Add(f);
        }
        country ??= CountryIn(words, lex);
        return new BodyFeatures(cls, domain, country);
    }

    /// <summary>The country a run of words names: a demonym ("South Korean"), a country ("South Korea") or a capital
    /// ("Seoul"), longest first.</summary>
    public static string? CountryIn(IReadOnlyList<string> words, MentionLexicon lex)
    {
        var clean = words.Select(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? w[..^2] : w.Trim('.', ',', '(', ')')).ToList();
        for (var i = 0; i < clean.Count; i++)
            for (var len = Math.Min(4, clean.Count - i); len >= 1; len--)
            {
                var phrase = string.Join(' ', clean.GetRange(i, len));
                if (CountryOf(phrase, lex) is { } c) return c;
            }
        return null;
    }

    /// <summary>The country a place name or demonym stands for ("Seoul" → South Korea), or null.</summary>
    public static string? CountryOf(string name, MentionLexicon lex)
    {
        if (lex.Demonyms.TryGetValue(name, out var d)) return d;
        if (lex.CapitalOf.TryGetValue(name, out var c)) return c;
        if (lex.Countries.Contains(name) && lex.Places.TryGetValue(name, out var p)) return p;
        return null;
    }

    /// <summary>True when a description's features fit a body's: the same class (when the description names one),
    /// every field of the description among the body's, and no other country.</summary>
    public static bool Fits(BodyFeatures description, BodyFeatures body)
    {
        if (description.IsEmpty) return false;
        if (description.Class is not null && body.Class != description.Class
            && !(body.Class is null && description.Class == "agency" && body.Domain.Count > 0)) return false;
        if (!description.Domain.All(body.Domain.Contains)) return false;
        return description.Country is null || body.Country is null || description.Country == body.Country;
    }
}
