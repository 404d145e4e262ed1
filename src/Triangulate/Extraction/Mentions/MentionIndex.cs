using Triangulate.Documents;

namespace Triangulate.Extraction.Mentions;

/// <summary>
/// Look-ups over one article's mentions for later stages (quotes resolve speakers with it):
/// <list type="bullet">
/// <item><see cref="At"/>(offset): the innermost mention covering an offset.</item>
/// <item><see cref="BestIn"/>(start, end): the mention that best names a span such as a quote's speaker
///   ("NATO spokeswoman Farah Dakhlallah" → the person, not NATO): a person first, then the longest.</item>
/// <item><see cref="MostRecentPerson"/>(offset): the last person mention that starts before an offset, for "he said".</item>
/// <item><see cref="Entity"/>(id): canonical name, kind and role of an entity; <see cref="MentionsOf"/>(id).</item>
/// </list>
/// Mentions are sorted by start, so look-ups are binary searches over starts.
/// </summary>
public sealed class MentionIndex
{
    private readonly Mention[] _mentions;
    private readonly int[] _starts;
    private readonly Dictionary<string, List<Mention>> _byEntity = new(StringComparer.Ordinal);

    public MentionIndex(IReadOnlyList<Mention> mentions)
    {
        _mentions = mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End).ToArray();
        _starts = _mentions.Select(m => m.Start).ToArray();
        foreach (var m in _mentions)
        {
            if (!_byEntity.TryGetValue(m.Entity, out var list)) _byEntity[m.Entity] = list = [];
            list.Add(m);
        }
    }

    public IReadOnlyList<Mention> All => _mentions;

    /// <summary>The innermost (shortest) mention whose span contains <paramref name="offset"/>, or null.</summary>
    public Mention? At(int offset)
    {
        Mention? best = null;
        var upper = UpperBound(offset);
        // mentions are short: scanning back a few dozen starts is enough
        for (var i = upper - 1; i >= 0 && i >= upper - 64; i--)
        {
            var m = _mentions[i];
            if (m.Start <= offset && offset < m.End && (best is null || m.End - m.Start < best.End - best.Start)) best = m;
        }
        return best;
    }

    /// <summary>Mentions lying inside [start, end).</summary>
    public IEnumerable<Mention> In(int start, int end)
    {
        for (var i = LowerBound(start); i < _mentions.Length && _mentions[i].Start < end; i++)
            if (_mentions[i].End <= end) yield return _mentions[i];
    }

    /// <summary>The mention that best names the span [start, end): the longest person mention inside it
    /// ("NATO spokeswoman Farah Dakhlallah" → Farah Dakhlallah, not NATO), else the longest mention inside, else a
    /// mention covering the start.</summary>
    public Mention? BestIn(int start, int end)
    {
        var inside = In(start, end).ToList();
        // the longest person mention: "Cameron's spokesman" (a description) rather than "Cameron" inside it
        var person = inside.Where(m => m.Kind == EntityKind.Person).OrderByDescending(m => m.End - m.Start).ThenByDescending(m => m.Start).FirstOrDefault();
        if (person is not null) return person;
        return inside.OrderByDescending(m => m.End - m.Start).FirstOrDefault() ?? At(start);
    }

    /// <summary>The last person mention starting before <paramref name="offset"/> (any form), or null.</summary>
    public Mention? MostRecentPerson(int offset)
    {
        for (var i = LowerBound(offset) - 1; i >= 0; i--)
            if (_mentions[i].Kind == EntityKind.Person) return _mentions[i];
        return null;
    }

    /// <summary>Canonical name, kind and role of an entity (from its mentions), or null for an unknown id.</summary>
    public (string Canonical, EntityKind Kind, string? Role)? Entity(string id)
    {
        if (!_byEntity.TryGetValue(id, out var list)) return null;
        var role = list.Select(m => m.Role).Where(r => r is not null).OrderByDescending(r => r!.Length).FirstOrDefault();
        return (list[0].Canonical, list[0].Kind, role);
    }

    public IReadOnlyList<Mention> MentionsOf(string id) => _byEntity.TryGetValue(id, out var list) ? list : [];

    private int LowerBound(int offset)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi) { var mid = (lo + hi) / 2; if (_starts[mid] < offset) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private int UpperBound(int offset)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi) { var mid = (lo + hi) / 2; if (_starts[mid] <= offset) lo = mid + 1; else hi = mid; }
        return lo;
    }
}
