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

    public SpeakerLinker(AnalyzedArticle doc)
    {
        _doc = doc;
        _mentions = doc.Mentions.OrderBy(m => m.Start).ThenBy(m => m.End).ToArray();
    }

    public SpeakerRef Link(Span span)
    {
        var text = _doc.TextOf(span);
        var m = Resolve(span, text);
        return new SpeakerRef(span.Start, span.End, text, m?.Entity, m?.Canonical);
    }

    public IReadOnlyList<string> Chain(IReadOnlyList<Span> chain) =>
        chain.Select(s => Resolve(s, _doc.TextOf(s))?.Canonical ?? _doc.TextOf(s)).ToArray();

    public IReadOnlyList<string?> ChainEntities(IReadOnlyList<Span> chain) =>
        chain.Select(s => Resolve(s, _doc.TextOf(s))?.Entity).ToArray();

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
        if (best is not null) return best;

        var last = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        Func<Mention, bool>? fits = null;
        if (PersonPronouns.Contains(text) || RoleWords.Contains(last)) fits = m => m.Kind == EntityKind.Person;
        else if (GroupWords.Contains(last)) fits = m => m.Kind == EntityKind.Organization;
        else if (text.Equals("they", StringComparison.OrdinalIgnoreCase)) fits = m => m.Kind == EntityKind.Organization;
        if (fits is null) return null;
        for (var i = _mentions.Length - 1; i >= 0; i--)
        {
            var m = _mentions[i];
            if (m.End <= span.Start && fits(m) && m.Form is not "pronoun") return m;
        }
        return null;
    }

    private static int Rank(EntityKind k) => k switch
    {
        EntityKind.Person => 0, EntityKind.Organization => 1, EntityKind.Place => 2, _ => 3,
    };
}
