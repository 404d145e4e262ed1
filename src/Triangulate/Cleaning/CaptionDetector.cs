using System.Text.RegularExpressions;
using Triangulate.Documents;
using static Triangulate.Cleaning.NoisePatterns;

namespace Triangulate.Cleaning;

/// <summary>
/// Photo captions and photo credits left in the text by scrapers. A caption paragraph that ends with its credit is
/// reported as two spans: <c>caption</c> (the description) and <c>credit</c> (the trailing parenthetical, e.g.
/// "(AP)", "(Ahn Young-joon/AP)", or the malformed "(AP( (Ahn Young-joon/AP)"), so a reader can see who took the
/// photo. A line that is only a credit ("Photo: Jane Doe/Reuters", "Getty Images") is one <c>credit</c> span.
/// Captions without a credit are recognised by what captions do and body sentences do not: a "(file photo)" marker,
/// "in this photo" phrasing, or the wire caption form — present tense closing on ", on Oct. 23, 2024."
/// </summary>
public sealed partial class CaptionDetector : INoiseDetector
{
    private const int MaxCaptionWords = 60;

    public IEnumerable<RemovedSpan> Detect(CleaningContext context)
    {
        foreach (var b in context.Blocks)
            foreach (var span in Classify(b)) yield return span;
    }

    /// <summary>The caption/credit spans of one block (none when it is body text).</summary>
    public static IReadOnlyList<RemovedSpan> Classify(TextBlock b)
    {
        var text = b.Text;
        var words = WordCount(text);
        if (words > MaxCaptionWords + 12) return [];

        // A credit standing alone.
        if (words <= 12 && (CreditLine().IsMatch(text) || AgencyOnly().IsMatch(text)))
            return [new RemovedSpan(b.Start, b.End, NoiseKind.Credit)];

        // A description ending in a credit: "(AP)", "(Name/AP)", "REUTERS/Name".
        // Cheap tests first: a credit tail ends in a bracket, a picture-desk credit carries a slash.
        var last = text[^1];
        var tail = last is ')' or '(' ? CreditTail().Match(text) : Match.Empty;
        if (!tail.Success && text.Contains('/')) tail = CapsCreditTail().Match(text);
        if (tail.Success && tail.Index > 0)
        {
            var head = text[..tail.Index].TrimEnd();
            if (head.Length > 0 && WordCount(head) <= MaxCaptionWords && !EndsMidSentence(head))
            {
                var creditStart = b.Start + tail.Index + (tail.Value.Length - tail.Value.TrimStart().Length);
                return
                [
                    new RemovedSpan(b.Start, b.Start + head.Length, NoiseKind.Caption),
                    new RemovedSpan(creditStart, b.End, NoiseKind.Credit),
                ];
            }
        }

        if (words > MaxCaptionWords) return [];
        if ((text.Contains("(", StringComparison.Ordinal) || text.StartsWith("FILE", StringComparison.OrdinalIgnoreCase)) && FileMarker().IsMatch(text) || CaptionLabel().IsMatch(text) || MentionsPicture(text) && PhotoPhrase().IsMatch(text) && !HasQuotation(text))
            return [new RemovedSpan(b.Start, b.End, NoiseKind.Caption)];
        if (IsDatedPresentTenseCaption(text))
            return [new RemovedSpan(b.Start, b.End, NoiseKind.Caption)];
        return [];
    }

    private static bool MentionsPicture(string text)
        => text.Contains("phot", StringComparison.OrdinalIgnoreCase) || text.Contains("pictur", StringComparison.OrdinalIgnoreCase) ||
           text.Contains("image", StringComparison.OrdinalIgnoreCase) || text.Contains("seen in", StringComparison.OrdinalIgnoreCase) ||
           text.Contains("pic", StringComparison.OrdinalIgnoreCase) || text.Contains("screengrab", StringComparison.OrdinalIgnoreCase) ||
           text.Contains("video grab", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a block reads as a caption by its own form (used by the title detector too).</summary>
    public static bool LooksLikeCaption(TextBlock b) => Classify(b).Count > 0;

    // A clause cut off before a credit ("said the" (AP)) is not a caption; a caption's description ends in a word.
    private static bool EndsMidSentence(string head) => head[^1] is ',' or ':' or ';' or '—' or '-' or '–';

    /// <summary>Wire captions describe the picture in the present tense and close with where and when it was taken
    /// (", Russia, on Sept. 13, 2023."). Body sentences with that ending are told in the past tense, so a single
    /// sentence with such an ending and no past-tense verb, quotation or attribution is a caption.</summary>
    private static bool IsDatedPresentTenseCaption(string text)
    {
        var end = text.AsSpan().TrimEnd(". ");
        if (end.Length < 4 || !char.IsAsciiDigit(end[^1]) || !char.IsAsciiDigit(end[^4])) return false;
        var ending = CaptionDateEnding().Match(text);
        if (!ending.Success || HasQuotation(text) || WordCount(text[..ending.Index]) < 4) return false;
        if (InnerSentenceBreak().IsMatch(text)) return false;
        foreach (Match w in Word().Matches(text))
        {
            var v = w.Value;
            if (PastTense.Contains(v)) return false;
            if (v.Length > 4 && v.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(v[0]) && !EdAdjectives.Contains(v)) return false;
        }
        return true;
    }

    private static readonly HashSet<string> PastTense = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "was", "were", "had", "did", "went", "came", "took", "made", "gave", "met", "led", "sent",
        "held", "left", "saw", "began", "became", "fought", "won", "lost", "spoke", "flew", "ran", "stood", "wrote", "rose",
        "fell", "struck", "brought", "bought", "thought", "kept", "sought", "paid", "put", "set", "got", "knew", "found", "according",
    };

    private static readonly HashSet<string> EdAdjectives = new(StringComparer.Ordinal)
    { "armed", "united", "based", "detailed", "advanced", "alleged", "supposed", "masked", "wounded", "injured", "retired", "veiled", "beloved" };

    private const string CreditBody =
        @"(?:(?:AP|AFP|EPA)\s+Photo\s*/\s*" + Name + "|" + Name + @"\s*/\s*" + Name + @"(?:\s+via\s+" + Name + ")?|" + Agency + @"(?:\s+via\s+" + Name + ")?|" + Name + @"\s+(?:for|via)\s+" + Agency + @"|(?:Photo|Photograph|Image|Picture)(?:\s+(?:by|credit|courtesy))?\s*[:/]?\s*" + Name + ")";

    // One or more parenthesised credits at the end; a stray "(" in place of ")" (a common scraping/typing slip) is tolerated.
    [GeneratedRegex(@"(?:\s*\(\s*" + CreditBody + @"\s*[()]?)+\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex CreditTail();

    // Reuters/AFP picture-desk form without brackets: "... October 23, 2024. REUTERS/Kim Hong-Ji/File Photo".
    [GeneratedRegex(@"(?<=[.!?]\s*)\s(?:REUTERS|AFP|EPA|AP|ANADOLU|XINHUA|YONHAP|Reuters)\s*/\s*" + Name + @"(?:\s*/\s*(?:File\s+Photo|Pool|Handout|Illustration|File))*\.?\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex CapsCreditTail();

    [GeneratedRegex(@"\A(?:Photo|Photograph|Photos|Image|Images|Picture|Pictures|Photo\s+credit|Image\s+credit|Credit|Image\s+source|Main\s+image|Top\s+image|Video)\s*[:,|]\s*(?:" + Name + @"(?:\s*(?:/|via|for|and|,)\s*" + Name + @")*|" + Agency + @"(?:\s*(?:/|via)\s*" + Name + @")*)\.?\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"\A\(?\s*(?:" + Name + @"\s*/\s*)?" + Agency + @"(?:\s*(?:/|via)\s*" + Name + @")*\s*\)?\.?\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyOnly();

    [GeneratedRegex(@"\((?:file|archive)(?:\s+(?:photo|image|picture|pic))?\)\s*\z|\A(?:FILE\s+(?:PHOTO)?\s*[-–—:]|FILE\s*[-–—:]|File\s+photo\s*[-–—:])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FileMarker();

    [GeneratedRegex(@"\A(?:Photo|Photograph|Image|Picture|Caption|Pictured|Above|Top|Main\s+image)\s*:\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"\b(?:in\s+this\s+(?:undated\s+)?(?:file\s+|handout\s+|pool\s+|combination\s+)?(?:photo|picture|image|photograph|pic|still\s+image|video\s+grab|screengrab)|(?:photo|picture|image|photograph)\s+(?:taken|released|provided|distributed|obtained)\s+(?:by|on|in)|(?:is|are)\s+(?:pictured|seen\s+(?:here|in\s+this))|pictured\s+(?:here|above|below|left|right|center)|poses?\s+for\s+(?:a\s+)?(?:photo|picture|portrait)s?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PhotoPhrase();

    [GeneratedRegex(@",\s*(?:(?:on|in)\s+)?(?:" + Weekday + @",?\s+)?" + Month + @"\s+\d{1,2},?\s+\d{4}\s*\.?\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionDateEnding();

    // A sentence end inside the block: ". " followed by a capital, not after an abbreviation-like short word.
    [GeneratedRegex(@"[a-z]{3,}[.!?]\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex InnerSentenceBreak();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
