using Triangulate.Documents;

namespace Triangulate.Fusion.Entities;

/// <summary>
/// Chooses the display name of an entity from the names its mentions use: the form the articles write most
/// ("South Korea", not a gazetteer's "Republic of Korea" written once; "Colts", not a headline's "Colts Clinch").
/// Rules, in order: acronyms only when nothing else names it (NIS → "National Intelligence Service"); for a person,
/// a full name (two words or more) before a bare surname; then the most uses (a gazetteer or acronym expansion counts
/// half a use, so it decides only ties and entities named by acronyms alone); then more words; then the
/// alphabetically first spelling. Spellings that differ only in case, possessive or honorific count together, and the
/// one shown is the most used of them.
/// </summary>
public static class CanonicalName
{
    /// <summary>A use of a name: its text as written, and its weight (1 for a mention, 0.5 for a known expansion).</summary>
    public readonly record struct Use(string Text, double Weight);

    public static string? Choose(IEnumerable<Use> uses, EntityKind kind)
    {
        var groups = uses.Where(u => u.Text.Length > 0)
            .Select(u => (u.Text, u.Weight, Key: string.Join(' ', NameKey.Words(u.Text))))
            .Where(u => u.Key.Length > 0)
            .GroupBy(u => u.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Weight: g.Sum(u => u.Weight), Words: g.Key.Count(c => c == ' ') + 1,
                          Acronym: g.All(u => IsAcronym(u.Text)), Shown: Shown(g.Select(u => (u.Text, u.Weight)))))
            .ToList();
        if (groups.Count == 0) return null;
        if (groups.Any(g => !g.Acronym)) groups.RemoveAll(g => g.Acronym);
        if (kind == EntityKind.Person && groups.Any(g => g.Words >= 2)) groups.RemoveAll(g => g.Words < 2);
        return groups.OrderByDescending(g => g.Weight).ThenByDescending(g => g.Words).ThenBy(g => g.Shown, StringComparer.Ordinal)
            .First().Shown;
    }

    /// <summary>The spelling to show: the most used one, possessive removed; on a tie, one not in all capitals (a
    /// headline's "ROME").</summary>
    private static string Shown(IEnumerable<(string Text, double Weight)> spellings)
        => spellings.Select(s => (Text: Extraction.Mentions.MentionLexicon.WithoutPossessive(s.Text.Trim()), s.Weight))
            .GroupBy(s => s.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(s => s.Weight)).ThenBy(g => g.Key.Any(char.IsLower) ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;

    internal static bool IsAcronym(string n)
    {
        var letters = n.Replace(".", "", StringComparison.Ordinal).Replace("&", "", StringComparison.Ordinal);
        return letters.Length is >= 2 and <= 7 && letters.All(char.IsUpper);
    }
}
