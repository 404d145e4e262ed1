using System.Text.RegularExpressions;
using Triangulate.Documents;

namespace Triangulate.Fusion.Claims;

/// <summary>The original holder of a claim, as the contract defines sources. <see cref="Key"/> identifies the
/// source across articles (two versions with the same key are one source); <see cref="Id"/> is what the JSON
/// lists (a story entity id when there is one, else the key).</summary>
public sealed record ClaimSource(string Key, string Id, string Name)
{
    public bool IsOutlet => Key.StartsWith("outlet:", StringComparison.Ordinal);
}

/// <summary>
/// Turns "who said it" into "whose claim it is": follows the attribution chain to its end; replaces a person who
/// speaks for an institution in that role (spokesperson, an agency's director or chief, a lawmaker relaying an
/// agency's briefing) by the institution; folds a government, its executive office and its capital ("the White
/// House", "Washington", "the U.S.") into one source; gives statements in the outlet's own voice to the outlet
/// of the article they were first published in (copies collapsed).
/// </summary>
public sealed partial class SourceResolver
{
    // Country → the names news copy uses for its government. Kept small and general: capitals as metonyms and the
    // best-known executive offices.
    private static readonly (string Country, string[] Names)[] Governments =
    [
        ("United States", ["united states", "u.s.", "us", "usa", "america", "washington", "white house", "us government", "u.s. government", "biden administration", "trump administration", "the administration"]),
        ("Russia", ["russia", "moscow", "kremlin", "russian government"]),
        ("North Korea", ["north korea", "pyongyang", "dprk", "the north", "north korean government"]),
        ("South Korea", ["south korea", "seoul", "republic of korea", "south korean government", "blue house"]),
        ("Ukraine", ["ukraine", "kyiv", "kiev", "ukrainian government"]),
        ("China", ["china", "beijing", "chinese government"]),
        ("United Kingdom", ["britain", "united kingdom", "uk", "u.k.", "london", "downing street", "british government"]),
        ("France", ["france", "paris", "elysee", "élysée", "french government"]),
        ("Germany", ["germany", "berlin", "german government"]),
        ("Japan", ["japan", "tokyo", "japanese government"]),
        ("Israel", ["israel", "israeli government"]),
        ("Iran", ["iran", "tehran", "iranian government"]),
    ];

    private static readonly Dictionary<string, string> GovernmentByName = BuildGovernmentIndex();

    private static Dictionary<string, string> BuildGovernmentIndex()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (country, names) in Governments)
            foreach (var n in names) d[Fold(n)] = country;
        return d;
    }

    private static string Fold(string s) => string.Join(' ', FusionText.Words(s.Replace(".", "", StringComparison.Ordinal)).Where(w => w != "the"));

    /// <summary>The government a name stands for ("the White House" → United States), or null.</summary>
    public static string? GovernmentOf(string name)
    {
        var f = Fold(name);
        if (GovernmentByName.TryGetValue(f, out var c)) return c;
        // "the South's presidential office", "the office of South Korean President Yoon": the office plus a country.
        if (f.Contains("presidential office", StringComparison.Ordinal) || f.StartsWith("office of", StringComparison.Ordinal))
            foreach (var (country, _) in Governments)
                if (f.Contains(Fold(country), StringComparison.Ordinal) || f.Contains(Demonym(country), StringComparison.Ordinal)) return country;
        return null;
    }

    private static readonly (string Name, string Country)[] ExecutiveOffices =
    [
        ("white house", "United States"), ("kremlin", "Russia"), ("downing street", "United Kingdom"),
        ("elysee", "France"), ("élysée", "France"), ("blue house", "South Korea"),
    ];

    /// <summary>A government named inside a longer phrase by its executive office ("White House National Security
    /// Council spokesperson" → United States), or null.</summary>
    public static string? GovernmentWithin(string text)
    {
        var f = " " + Fold(text) + " ";
        foreach (var (name, country) in ExecutiveOffices)
            if (f.Contains(" " + name + " ", StringComparison.Ordinal)) return country;
        return GovernmentOf(text);
    }

    private static string Demonym(string country) => country switch
    {
        "United States" => "american", "Russia" => "russian", "North Korea" => "north korean", "South Korea" => "south korean",
        "Ukraine" => "ukrainian", "China" => "chinese", "United Kingdom" => "british", "France" => "french",
        "Germany" => "german", "Japan" => "japanese", "Israel" => "israeli", "Iran" => "iranian", _ => Fold(country),
    };

    [GeneratedRegex(@"\b(spokes(wo)?man|spokesperson|press secretary|director|chief|head|commissioner|secretary[- ]general|envoy|representative)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeaksForRole();

    [GeneratedRegex(@"\b(lawmakers?|legislators?|MPs?|member of (the )?(parliament|congress|assembly)|congress(wo)?man|senators?|committee|deputy|deputies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LawmakerRole();

    [GeneratedRegex(@"\b(briefing (by|from)|briefed by|citing|according to|after a briefing by|following a briefing by)\s+(?<org>(the\s+)?[^,.;:""“”]{3,80})", RegexOptions.IgnoreCase)]
    private static partial Regex BriefingBy();

    private readonly StoryContext _ctx;
    // First story entity seen per source key, so that "White House" and "United States" list one id.
    private readonly Dictionary<string, string> _idByKey = new(StringComparer.Ordinal);

    public SourceResolver(StoryContext ctx) => _ctx = ctx;

    /// <summary>Source of a quote: the end of its chain, or its speaker.</summary>
    public ClaimSource? FromQuote(AnalyzedArticle doc, Quote quote)
    {
        // A speaker written as a description ("South Korean lawmakers", "Seoul's spy agency") is resolved from the
        // description, not from the place its first word names.
        if (quote.Chain.Count <= 1 && quote.Speaker is { } d && Described(doc, d) is { } desc)
            return FromHolder(doc, null, desc, d.Span);
        for (var k = quote.Chain.Count - 1; k >= 0; k--)
        {
            var local = k < quote.ChainEntities.Count ? quote.ChainEntities[k] : null;
            if (local is not null || k == quote.Chain.Count - 1 && !IsPronoun(quote.Chain[k]))
                return FromHolder(doc, local, quote.Chain[k], quote.Speaker?.Span);
        }
        if (quote.Speaker is { } sp1 && Described(doc, sp1) is { } phrase)
            return FromHolder(doc, null, phrase, sp1.Span);
        if (quote.Speaker is { } sp2 && sp2.Entity is null && DescribesRole(sp2.Text))
            return FromHolder(doc, null, sp2.Text, sp2.Span);
        if (quote.Speaker is { } sp)
        {
            var name = sp.Canonical ?? sp.Text;
            if (sp.Entity is null && IsPronoun(name)) return null;
            return FromHolder(doc, sp.Entity, name, sp.Span);
        }
        return null;
    }

    [GeneratedRegex(@"^['’]s\s+((?:[\w-]+\s+){0,3}?(agency|service|ministry|office|intelligence|military|army|government|spokes\w+|chief|director|lawmakers?|officials?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveInstitution();

    /// <summary>True when the words describe a role or an institution rather than name one.</summary>
    public static bool DescribesRole(string text) =>
        LawmakerRole().IsMatch(text) || SpeaksForRole().IsMatch(text) || LooksLikeInstitution(text)
        || OfficialOrSpy().IsMatch(text);

    // (Until 2026-11-22 this pattern held two backspace characters instead of \b and never matched.)
    [GeneratedRegex(@"\b(officials?|spy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfficialOrSpy();

    /// <summary>The speaker as a description when its entity is a place: "South Korean lawmakers" (span) or
    /// "Seoul" followed by "'s spy agency" (text after the span).</summary>
    private string? Described(AnalyzedArticle doc, SpeakerRef sp)
    {
        var kind = sp.Entity is null ? (EntityKind?)null : doc.Mentions.FirstOrDefault(m => m.Entity == sp.Entity)?.Kind;
        if (kind != EntityKind.Place) return null;
        if (sp.End <= doc.Text.Length)
        {
            var after = doc.Text.AsSpan(sp.End, Math.Min(60, doc.Text.Length - sp.End)).ToString();
            var pm = PossessiveInstitution().Match(after);
            if (pm.Success) return sp.Text + pm.Value;
        }
        var words = sp.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && DescribesRole(sp.Text) ? sp.Text : null;
    }

    /// <summary>Source for a holder named in an article (an entity mention or a description such as "lawmakers").</summary>
    public ClaimSource FromHolder(AnalyzedArticle doc, string? localEntity, string name, Span? at)
    {
        var mentions = localEntity is null ? [] : doc.Mentions.Where(m => m.Entity == localEntity).ToList();
        var kind = mentions.Count > 0 ? mentions[0].Kind : (EntityKind?)null;
        var storyId = localEntity is null ? null : _ctx.Entities.Resolve(doc.Article.Id, localEntity);
        var storyEntity = storyId is null ? null : _ctx.Entities.Entities.FirstOrDefault(e => e.Id == storyId);
        var role = mentions.Select(m => m.Role).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r)) ?? storyEntity?.Role;
        var canonical = storyEntity?.Name ?? mentions.Select(m => m.Canonical).FirstOrDefault() ?? name;

        // Governments first: "the U.S.", "the Kremlin" are their government whatever kind the mention has.
        if (kind != EntityKind.Person && (GovernmentOf(canonical) ?? GovernmentOf(name) ?? (kind == EntityKind.Organization ? GovernmentWithin(canonical) : null)) is { } gov)
            return Government(gov, storyId);

        var isPerson = kind == EntityKind.Person || (kind is null && LooksLikePersonName(name));
        if (isPerson || kind is null)
        {
            var roleText = role ?? "";
            if (SpeaksForRole().IsMatch(roleText) || (kind is null && SpeaksForRole().IsMatch(name)))
            {
                var inst = InstitutionFromRole(doc, roleText.Length > 0 ? roleText : name, mentions, at);
                if (inst is not null) return inst;
            }
            if (LawmakerRole().IsMatch(roleText) || LawmakerRole().IsMatch(name))
            {
                var inst = BriefingInstitution(doc, mentions, name);
                if (inst is not null) return inst;
            }
        }
        if (kind is null && LooksLikeInstitution(name))
            return Anaphor(doc, name, at) ?? FromDescription(doc, name) ?? Named(storyId, canonical);
        return Named(storyId, canonical);
    }

    /// <summary>The outlet's own voice: the outlet of the article this one copies, if it is a copy.</summary>
    public ClaimSource Outlet(AnalyzedArticle doc)
    {
        var originalId = FusionText.OriginalOf(_ctx, doc.Article.Id);
        var original = _ctx.Articles.FirstOrDefault(a => a.Article.Id == originalId) ?? doc;
        var outlet = original.Article.Outlet;
        var name = outlet ?? FusionText.ShortId(originalId);
        var key = "outlet:" + (outlet is null ? originalId : FusionText.NameKey(outlet));
        var entity = outlet is null ? null : _ctx.Entities.Entities.FirstOrDefault(e => FusionText.NameKey(e.Name) == FusionText.NameKey(outlet))?.Id;
        return new ClaimSource(key, entity ?? key, name);
    }

    private ClaimSource Government(string country, string? storyId)
    {
        var key = "gov:" + FusionText.NameKey(country);
        if (!_idByKey.TryGetValue(key, out var id))
        {
            id = storyId ?? _ctx.Entities.Entities.FirstOrDefault(e => e.Kind != EntityKind.Person && GovernmentOf(e.Name) == country)?.Id ?? key;
            _idByKey[key] = id;
        }
        return new ClaimSource(key, id, country);
    }

    private ClaimSource Named(string? storyId, string name)
    {
        if (storyId is not null) return new ClaimSource(storyId, storyId, name);
        // Not in the entity index: match a story entity by folded name, else the name itself.
        var folded = FusionText.NameKey(name);
        var match = _ctx.Entities.Entities.FirstOrDefault(e => FusionText.NameKey(e.Name) == folded
            || e.Aliases.Any(a => FusionText.NameKey(a) == folded));
        return match is not null ? new ClaimSource(match.Id, match.Id, match.Name) : new ClaimSource("name:" + folded, "name:" + folded, name);
    }

    /// <summary>"The agency" names the last organisation before it whose name holds that noun ("the National
    /// Intelligence Service ... The agency assessed").</summary>
    private ClaimSource? Anaphor(AnalyzedArticle doc, string name, Span? at)
    {
        var words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase) || at is null) return null;
        var head = FusionText.Key(words[^1].ToLowerInvariant());
        if (head is null) return null;
        var org = doc.Mentions
            .Where(m => m.Kind == EntityKind.Organization && m.End <= at.Value.Start && DescriptionKeys(m.Canonical).Contains(head))
            .OrderByDescending(m => m.Start).FirstOrDefault();
        return org is null ? null : FromOrganisation(doc, org);
    }

    /// <summary>"NIS Director Cho", "White House National Security Council spokesperson John Kirby": the
    /// institution named in the role, else an organisation named right beside the person.</summary>
    private ClaimSource? InstitutionFromRole(AnalyzedArticle doc, string role, List<Mention> mentions, Span? at)
    {
        if (GovernmentWithin(role) is { } gov) return Government(gov, null);
        var anchors = mentions.Select(m => m.Span).ToList();
        if (at is { } a) anchors.Add(a);
        var nearby = new List<(Mention Org, int Distance)>();
        foreach (var anchor in anchors.OrderBy(s => s.Start))
        {
            var sentence = FusionText.SentenceAt(doc, anchor.Start);
            var lo = Math.Max(sentence?.Start ?? 0, anchor.Start - 90);
            var hi = Math.Min(sentence?.End ?? doc.Text.Length, anchor.End + 90);
            foreach (var m in doc.Mentions)
                if (m.Kind == EntityKind.Organization && m.Start >= lo && m.End <= hi && m.Entity != mentions.FirstOrDefault()?.Entity)
                    nearby.Add((m, Math.Min(Math.Abs(m.End - anchor.Start), Math.Abs(m.Start - anchor.End))));
        }
        // An executive office beside the spokesperson ("At the White House, spokesman John Kirby said") is the source.
        var office = nearby.Where(n => GovernmentWithin(n.Org.Canonical) is not null).OrderBy(n => n.Distance).Select(n => n.Org).FirstOrDefault();
        if (office is not null) return FromOrganisation(doc, office);
        var fromRole = FromDescription(doc, role, requireStrong: true);
        if (fromRole is not null) return fromRole;
        var org = nearby.OrderBy(n => n.Distance).Select(n => n.Org).FirstOrDefault();
        return org is not null ? FromOrganisation(doc, org) : null;
    }

    private ClaimSource FromOrganisation(AnalyzedArticle doc, Mention org)
    {
        if (GovernmentWithin(org.Canonical) is { } gov) return Government(gov, _ctx.Entities.Resolve(doc.Article.Id, org.Entity));
        var id = _ctx.Entities.Resolve(doc.Article.Id, org.Entity);
        return Named(id, org.Canonical);
    }

    /// <summary>A lawmaker's words come from the briefing they relay: "Park said after a briefing by the National
    /// Intelligence Service", "lawmakers said ..., following a briefing by the national intelligence agency".</summary>
    private ClaimSource? BriefingInstitution(AnalyzedArticle doc, List<Mention> mentions, string name)
    {
        var anchors = new List<int>(mentions.Select(m => m.Start));
        var folded = name.ToLowerInvariant();
        if (name.Length > 0)
            for (var at = doc.Text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = doc.Text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase))
                anchors.Add(at);
        // "the lawmakers" refers back to "South Korean lawmakers said ..., following a briefing by ...".
        if (LawmakerRole().IsMatch(name))
            foreach (Match m in LawmakerRole().Matches(doc.Text)) anchors.Add(m.Index);
        foreach (var a in anchors.Distinct().Order())
        {
            if (doc.IsRemoved(a)) continue;
            var s = FusionText.SentenceAt(doc, a);
            if (s is null) continue;
            var text = doc.Text[s.Start..s.End];
            var bm = BriefingBy().Match(text);
            if (!bm.Success) continue;
            var orgStart = s.Start + bm.Groups["org"].Index;
            var orgEnd = orgStart + bm.Groups["org"].Length;
            var org = doc.Mentions.FirstOrDefault(m => m.Kind == EntityKind.Organization && m.Start >= orgStart && m.Start < orgEnd);
            if (org is not null) return FromOrganisation(doc, org);
            var desc = FromDescription(doc, bm.Groups["org"].Value);
            if (desc is not null) return desc;
        }
        _ = folded;
        return null;
    }

    /// <summary>An institution described in words ("Seoul's spy agency", "South Korean intelligence", "the national
    /// intelligence agency") matched to the story's organisation entity sharing the most content words.</summary>
    private ClaimSource? FromDescription(AnalyzedArticle doc, string description, bool requireStrong = false)
    {
        if (GovernmentOf(description) is { } gov) return Government(gov, null);
        var keys = DescriptionKeys(description);
        if (keys.Count == 0) return null;
        StoryEntity? best = null;
        var bestScore = 0;
        var ties = 0;
        foreach (var e in _ctx.Entities.Entities)
        {
            if (e.Kind != EntityKind.Organization) continue;
            var names = e.Aliases.Append(e.Name);
            var score = names.Max(n => DescriptionKeys(n).Count(keys.Contains));
            // An acronym in the description ("NIS Director") names the entity outright.
            if (names.Any(n => n.Length >= 2 && n.All(char.IsUpper) && ContainsWord(description, n))) score += 3;
            if (score > bestScore) { best = e; bestScore = score; ties = 0; }
            else if (score == bestScore && score > 0) ties++;
        }
        var distinctive = keys.Contains("intel") || keys.Contains("milit");
        if (best is not null && ties == 0 && (bestScore >= 2 || (!requireStrong && bestScore == 1 && distinctive)))
            return new ClaimSource(best.Id, best.Id, best.Name);
        if (requireStrong) return null;
        // No entity: the description itself, folded so that variants meet.
        return LooksLikeInstitution(description) ? new ClaimSource("desc:" + string.Join(' ', keys.Order(StringComparer.Ordinal)), "desc:" + string.Join(' ', keys.Order(StringComparer.Ordinal)), description.Trim()) : null;
    }

    private static HashSet<string> DescriptionKeys(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in FusionText.Words(text))
        {
            // A capital stands for its country ("Seoul's spy agency" is South Korea's).
            var gov = GovernmentOf(w);
            if (gov is not null && w.Length > 3)
            {
                foreach (var cw in FusionText.Words(gov)) if (FusionText.Key(cw) is { } ck) set.Add(ck);
                continue;
            }
            if (FusionText.Key(w) is { } k && k is not "chief" and not "head" and not "direc" and not "offic" and not "spoke") set.Add(k);
        }
        return set;
    }

    private static bool LooksLikeInstitution(string name) =>
        InstitutionWord().IsMatch(name);

    [GeneratedRegex(@"\b(agency|service|intelligence|ministry|department|office|council|government|police|military|army|command|committee|directorate|institute|bureau|commission|NATO|Nato)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InstitutionWord();

    /// <summary>True when <paramref name="word"/> occurs in <paramref name="text"/> with no letter, digit or underscore on either side (case-sensitive), as \b would.</summary>
    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !IsWordChar(text[at - 1])) && (end == text.Length || !IsWordChar(text[end]))) return true;
        }
        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool LooksLikePersonName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0])) && !LooksLikeInstitution(name) && GovernmentOf(name) is null;
    }

    private static bool IsPronoun(string s) => s.Trim().ToLowerInvariant() is "he" or "she" or "they" or "it" or "we" or "i";
}
