using Triangulate.Documents;

namespace Triangulate.Extraction.Quotes;

/// <summary>
/// Ties a speaker span to the article's entities (doc.Mentions from the mentions stage): a mention overlapping the
/// span gives its entity and canonical name; a pronoun or a role ("the official", "the agency") with no mention of
/// its own resolves to the most recent preceding mention of a fitting kind. Without mentions the speaker keeps its
/// text and has no entity.
/// </summary>
internal sealed class SpeakerLinker
{
    private static readonly HashSet<string> PersonPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "him", "her" };
    private static readonly HashSet<string> GroupWords = new(StringComparer.OrdinalIgnoreCase)
    { "agency", "ministry", "department", "government", "office", "service", "committee", "campaign", "company", "group", "military", "army", "administration", "council", "party", "police", "spy" };
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    { "official", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president", "lawmaker", "senator", "general", "director", "chief", "ambassador", "leader", "candidate", "governor", "mayor", "aide" };

    private readonly AnalyzedArticle _doc;
    private readonly Mention[] _mentions;
    /// <summary>The latest group speaker linked ("Many economists ..."), for a later "They say ...".</summary>
    private (Span Span, Mention? Mention, string Text)? _lastGroup;

    public SpeakerLinker(AnalyzedArticle doc)
    {
        _doc = doc;
        _mentions = doc.Mentions.OrderBy(m => m.Start).ThenBy(m => m.End).ToArray();
    }

    /// <summary>The speaker of <paramref name="span"/>; a relative pronoun ("who") resolves through the noun it
    /// stands for, <paramref name="antecedent"/>, and keeps its own span and text.</summary>
    public SpeakerRef Link(Span span, Span? antecedent = null)
    {
        var text = _doc.TextOf(span);
        var (entity, canonical) = antecedent is { } a ? ResolveName(a, _doc.TextOf(a)) : ResolveName(span, text);
        if (antecedent is { } an && canonical is null) canonical = _doc.TextOf(an);
        var m = Resolve(span, text);
        if (IsGroup(text, m)) _lastGroup = (span, m, text);
        return new SpeakerRef(span.Start, span.End, text, entity, canonical);
    }

    /// <summary>Canonical names along a chain; an inner element never resolves to an outer one's entity by a role
    /// word ("Senator Mills cited the agency's director": the director is not Mills).</summary>
    public IReadOnlyList<string> Chain(IReadOnlyList<Span> chain) =>
        ResolveChain(chain).Select((r, k) => r.Canonical ?? _doc.TextOf(chain[k])).ToArray();

    public IReadOnlyList<string?> ChainEntities(IReadOnlyList<Span> chain) => ResolveChain(chain).Select(r => r.Entity).ToArray();

    private List<(string? Entity, string? Canonical)> ResolveChain(IReadOnlyList<Span> chain)
    {
        var result = new List<(string?, string?)>(chain.Count);
        var outer = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in chain)
        {
            var r = ResolveName(s, _doc.TextOf(s));
            if (r.Entity is { } e && outer.Contains(e) && !OverlapsMention(s)) r = (null, null);
            if (r.Entity is { } f) outer.Add(f);
            result.Add(r);
        }
        return result;
    }

    private bool OverlapsMention(Span span) => _mentions.Any(m => m.Span.Overlaps(span));

    /// <summary>Entity and canonical name of a speaker span: its mention, a fitting antecedent, or for "they" the
    /// latest group speaker when that is nearer than any organisation mention.</summary>
    private (string? Entity, string? Canonical) ResolveName(Span span, string text)
    {
        if (Coordinated(span, text) is { } joint) return (null, joint);
        var m = Resolve(span, text);
        if (text.Equals("they", StringComparison.OrdinalIgnoreCase) && _lastGroup is { } g && g.Span.End <= span.Start
            && (m is null || m.Start < g.Span.Start || (g.Mention is not null && g.Mention.Entity == m.Entity)))
            return g.Mention is { } gm ? (gm.Entity, gm.Canonical) : (null, g.Text);
        return (m?.Entity, m?.Canonical);
    }

    /// <summary>"Russia and North Korea", "Canada, Mexico and Japan": names joined by "and" are one source of several
    /// entities. It has no single entity; its canonical name joins the parts' canonical names.</summary>
    private string? Coordinated(Span span, string text)
    {
        var and = text.IndexOf(" and ", StringComparison.Ordinal);
        if (and <= 0) return null;
        var parts = new List<Span>();
        var start = span.Start;
        foreach (var piece in text.Replace(" and ", ", ", StringComparison.Ordinal).Split(", "))
        {
            var at = _doc.Text.IndexOf(piece, start, span.End - start, StringComparison.Ordinal);
            if (at < 0 || piece.Length == 0 || !char.IsUpper(piece[0])) return null;
            parts.Add(new Span(at, at + piece.Length));
            start = at + piece.Length;
        }
        if (parts.Count < 2) return null;
        var names = new List<string>();
        var entities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var m = _mentions.Where(x => x.Span.Overlaps(part)).OrderByDescending(x => part.OverlapLength(x.Span)).FirstOrDefault();
            if (m is null) return null;
            entities.Add(m.Entity);
            names.Add(m.Canonical);
        }
        if (entities.Count < 2) return null;
        return names.Count == 2 ? names[0] + " and " + names[1] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }

    /// <summary>A group speaker: an organisation, or a plural common noun phrase ("many economists", "officials").</summary>
    private static bool IsGroup(string text, Mention? m)
    {
        if (m is not null) return m.Kind == EntityKind.Organization;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 5) return false;
        var head = words[^1];
        return head.Length > 3 && char.IsLower(head[0]) && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal);
    }

    private Mention? Resolve(Span span, string text)
    {
        if (_mentions.Length == 0) return null;
        Mention? best = null;
        var bestOverlap = 0;
        foreach (var m in _mentions)
        {
            if (m.Start >= span.End) break;
            var o = span.OverlapLength(m.Span);
            if (o > bestOverlap || (o == bestOverlap && o > 0 && best is not null && Rank(m.Kind) < Rank(best.Kind)))
            { best = m; bestOverlap = o; }
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Seoul's spy agency", "a Trump campaign spokesman", "officials in Seoul", "a source close to Clinton": the
        // name says whose agency or aide it is, or where; the speaker is the noun the phrase is about.
        var possessorOnly = best is not null && words.Length >= 2
                            && ((best.End < span.End && char.IsLower(words[^1][0]))
                                || (best.Start > span.Start && EndsWithPreposition(_doc.Text[span.Start..best.Start])));
        if (best is not null && !possessorOnly) return best;

        var last = words.LastOrDefault() ?? "";
        // "A spokesman said", "another official", "one aide": an indefinite phrase brings in someone new, never the
        // person or organisation named before it.
        if (words.Length >= 2 && IndefiniteDeterminers.Contains(words[0])) return null;
        // Only a bare role ("the official", "the senator") stands for a person named before; "the agency's director"
        // or "a senior official in Seoul" describes someone else.
        var bareRole = RoleWords.Contains(last) && words.Length <= 2 && !text.Contains('\'') && !text.Contains('’');
        if (possessorOnly && !GroupWords.Contains(last)) return null;
        Func<Mention, bool>? fits = null;
        if (PersonPronouns.Contains(text) || bareRole) fits = m => m.Kind == EntityKind.Person;
        // "the spy agency" is the latest organisation whose name has that head word, not merely the latest one.
        else if (GroupWords.Contains(last))
            fits = m => m.Kind == EntityKind.Organization
                        && (m.Text.Contains(last, StringComparison.OrdinalIgnoreCase) || m.Canonical.Contains(last, StringComparison.OrdinalIgnoreCase));
        else if (text.Equals("they", StringComparison.OrdinalIgnoreCase)) fits = m => m.Kind == EntityKind.Organization;
        if (fits is null) return null;
        for (var i = _mentions.Length - 1; i >= 0; i--)
        {
            var m = _mentions[i];
            if (m.End <= span.Start && fits(m) && m.Form is not "pronoun") return m;
        }
        return null;
    }

    private static readonly HashSet<string> IndefiniteDeterminers = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "another", "one", "some" };

    private static readonly string[] LinkingPrepositions = ["in", "inside", "at", "from", "for", "of", "with", "near", "to", "within"];

    private static bool EndsWithPreposition(string before)
    {
        var w = before.TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return w.Length > 0 && LinkingPrepositions.Contains(w[^1].ToLowerInvariant());
    }

    private static int Rank(EntityKind k) => k switch
    {
        EntityKind.Person => 0, EntityKind.Organization => 1, EntityKind.Place => 2, _ => 3,
    };
}
