using System.Text.RegularExpressions;
using Triangulate.Documents;
using static Triangulate.Cleaning.NoisePatterns;

namespace Triangulate.Cleaning;

/// <summary>
/// End matter: reporting credits ("With reporting by AP and Reuters", "Reporting by X; Editing by Y",
/// "The Associated Press contributed to this report."), copyright lines ("(c) 2024 ...", "© ...", "All rights reserved"),
/// "Read more:" / "Related:" pointers, newsletter prompts and "Follow X on Twitter @x" lines.
/// Whole lines only; a line must be short and open (or close) with the footer's formula.
/// </summary>
public sealed partial class FooterDetector : INoiseDetector
{
    public IEnumerable<RemovedSpan> Detect(CleaningContext context)
    {
        foreach (var b in context.Blocks)
            if (IsFooter(b.Text)) yield return new RemovedSpan(b.Start, b.End, NoiseKind.Footer);
    }

    public static bool IsFooter(string text)
    {
        var words = WordCount(text);
        if (words > 40) return false;
        if (Opening().IsMatch(text) || Notes().IsMatch(text)) return true;
        // Unanchored formulas only after a cheap look for their key word.
        if (text.Contains(';') && EditingBy().IsMatch(text)) return true;
        if (text.Contains("contributed", StringComparison.OrdinalIgnoreCase) && Contributed().IsMatch(text)) return true;
        if (text.Contains(" from ", StringComparison.Ordinal) && ReportedFrom().IsMatch(text)) return true;
        if (Copyright().IsMatch(text) || text.Contains("reserved", StringComparison.OrdinalIgnoreCase) && RightsReserved().IsMatch(text)) return true;
        if (text.Contains('@') && EmailUs().IsMatch(text)) return true;
        return words <= 25 && (Newsletter().IsMatch(text) || FollowOn().IsMatch(text));
    }

    [GeneratedRegex(@"\A\(?(?:(?:with|additional|further)\s+)?(?:reporting|writing|editing|research|translation|compilation)\s+(?:by|from)\s+\p{Lu}|\A\(?(?:compiled|edited|written|produced|translated|reported|updated)\s+by\s+\p{Lu}[^.!?]{0,120}[.)]?\s*\z|\A(?:read\s+more|more|related|see\s+also|also\s+read|read\s+also|recommended(?:\s+reading)?|related\s+(?:coverage|stories|articles|content|topics)|more\s+(?:on|from)\s+[^:]{1,40}|click\s+here\s+to\s+read\s+more)\s*(?::|\||»|>>|\z)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    // Editors' notes, corrections and update notes, print-edition notes, hat tips, "Contributing:" credits, tip lines.
    [GeneratedRegex(@"\A(?:editor'?s\s+note|editors'\s+note|note\s+to\s+readers|correction(?:s)?(?:\s+appended)?|clarification)\s*(?::|\.|\z)|\AThis\s+(?:story|article|piece|post|report|report|version|column|interview)\s+(?:has\s+been|was|is\s+being|first|originally)\s+(?:updated|corrected|amended|edited|appeared|published|ran)\b|\A(?:this\s+(?:story|article|piece)\s+)?(?:first|originally)\s+(?:appeared|published|ran)\s+(?:on|in|at)\b|\AAs\s+published\s+in\b|\Ah/t\b|\A(?:contributing|contributors?)\s*:|\A(?:send|email|e-mail)\s+(?:us\s+)?(?:your\s+)?(?:tips|news\s+tips|feedback|questions)\b|\A(?:email|e-mail|contact)\s*:\s*\S+@\S+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Notes();

    // Washington Post style end line: "Costa reported from Washington." / "Phillip reported from Oakland, Calif.; Gearan, from Washington."
    [GeneratedRegex(@"\A\p{Lu}[\p{L}'’\-]+(?:\s+and\s+\p{Lu}[\p{L}'’\-]+)?\s+(?:reported|contributed)\s+(?:from|reporting\s+from)\s+[^.;]{2,60}(?:;\s*\p{Lu}[\p{L}'’\-]+,?\s+(?:reported\s+)?from\s+[^.;]{2,60})*\.?\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex ReportedFrom();

    [GeneratedRegex(@";\s*(?:editing|writing)\s+by\s+\p{Lu}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EditingBy();

    [GeneratedRegex(@"\ball\s+rights\s+reserved\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RightsReserved();

    [GeneratedRegex(@"\bemail\s+us\s+at\s+\S+@\S+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EmailUs();

    [GeneratedRegex(@"\A[^.!?]{2,120}\bcontributed\s+(?:to\s+)?(?:this\s+|the\s+)?(?:report|reporting|story|article)(?:\s+from\s+[^.]{1,60})?\.?\)?\s*\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Contributed();

    [GeneratedRegex(@"\A(?:\(c\)|©|copyright\b|\(copyright\))|\AThis\s+(?:material|article|story)\s+may\s+not\s+be\s+(?:published|reproduced)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\A(?:sign\s+up|subscribe|get|join|want|receive|for\s+more|don't\s+miss|never\s+miss)\b[^\n]{0,120}\b(?:newsletters?|inbox|daily\s+email|briefing\s+email|e-?mail\s+alerts?|news\s+alerts?)\b|\bnewsletter\b[^\n]{0,60}\b(?:sign\s+up|subscribe)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Newsletter();

    [GeneratedRegex(@"\A(?:follow|like|find)\s+(?:us|[^\n]{1,60}?)\s+on\s+(?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok|youtube)\b[^.!?]{0,80}\.?\s*\z|\A(?:follow|contact)\s+[^\n]{1,60}?(?:\s+on\s+twitter)?\s*(?:at\s+)?@\w{2,}\.?\s*\z|\A(?:contact|email|e-mail|reach)\s+(?:the\s+)?(?:author|reporter|writer|us)\b[^\n]{0,80}\z",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FollowOn();
}
