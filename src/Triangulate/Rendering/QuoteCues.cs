using Triangulate.Documents;
using Triangulate.Fusion;

namespace Triangulate.Rendering;

/// <summary>How the readable views say the cue of reported speech: "denied", "warned", "said / claimed". The words
/// of an indirect report are the outlet's, and its cue carries the stance: "North Korea — “deploying forces to
/// Russia”" misleads where "denied “deploying forces to Russia”" does not. A direct quotation needs none.</summary>
public static class QuoteCues
{
    /// <summary>The distinct cues of the versions, most used first (at most three), or null for a direct quotation
    /// or when no version has a cue.</summary>
    public static string? Describe(StoryQuote quote)
    {
        if (quote.Kind == QuoteKind.Direct) return null;
        var cues = quote.Versions
            .Select(v => v.Cue?.Text.Trim())
            .OfType<string>()
            .Where(c => c.Length > 0)
            .Select(LowerSentenceStart)
            .GroupBy(c => c, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .Take(3)
            .ToList();
        return cues.Count == 0 ? null : string.Join(" / ", cues);
    }

    /// <summary>"Denied" opening a sentence reads "denied"; names and acronyms inside a cue keep their capitals
    /// ("cited the NIS chief as saying").</summary>
    private static string LowerSentenceStart(string cue) =>
        cue.Length > 1 && char.IsUpper(cue[0]) && char.IsLower(cue[1]) ? char.ToLowerInvariant(cue[0]) + cue[1..] : cue;
}
