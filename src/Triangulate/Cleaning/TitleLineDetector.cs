using System.Text.RegularExpressions;
using Triangulate.Documents;
using static Triangulate.Cleaning.NoisePatterns;

namespace Triangulate.Cleaning;

/// <summary>
/// A headline on the first line of the text. A headline is short, stands alone (a blank line follows), and is
/// written in headline style: no final period (or, with a period, nearly every word capitalised), not a dateline
/// opening ("ROME —"), not a caption (<see cref="CaptionDetector"/>), and not a reported-speech sentence ending in a
/// period. A first body sentence fails these tests: it is long, ends with a period, or runs on after a dateline.
/// </summary>
public sealed partial class TitleLineDetector : INoiseDetector
{
    private const int MaxTitleWords = 25;
    private const int MaxTitleChars = 200;

    public IEnumerable<RemovedSpan> Detect(CleaningContext context)
    {
        if (Find(context) is { } b) yield return new RemovedSpan(b.Start, b.End, NoiseKind.Title);
    }

    public static TextBlock? Find(CleaningContext context)
    {
        var blocks = context.Blocks;
        if (blocks.Count < 2) return null;
        var b = blocks[0];
        return IsHeadline(b) ? b : null;
    }

    public static bool IsHeadline(TextBlock b)
    {
        var text = b.Text;
        if (!b.BlankAfter || text.Length > MaxTitleChars) return false;
        var words = WordCount(text);
        if (words < 2 || words > MaxTitleWords) return false;
        if (Dateline().IsMatch(text) || CaptionDetector.LooksLikeCaption(b) || EmbeddedPostDetector.IsPost(text) ||
            BylineDetector.IsByline(text) || FooterDetector.IsFooter(text)) return false;
        var mark = FinalMark(text);
        if (mark is ',' or ';' or ':' or '—' or '-' or '–') return false;
        var ratio = TitleCaseRatio(text);
        if (mark == '.')
        {
            // Some archives add a period to every headline; accept it only for headline-case text without a speech verb.
            // "Time Magazine chose Angela Merkel as its “Person of the Year” for 2015." is a sentence: one lowercase verb.
            return ratio >= 0.9 && words >= 4 && !SpeechVerb().IsMatch(text) && words <= 20;
        }
        // A question in sentence case is usually the first line of the body ("Were the experts wrong about ...?").
        if (mark == '?') return ratio >= 0.5;
        // Without a final period: headline case, or a short sentence-case headline ("Austin says troops are in Russia").
        return ratio >= 0.5 || words <= 16;
    }

    // "ROME —", "SEOUL, Oct 23 (Reuters) -", "WASHINGTON (AP) —": the first body paragraph of wire copy.
    [GeneratedRegex(@"\A[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,[^—–\n]{0,40})?\s*(?:\([^)]{1,30}\)\s*)?[—–−-]{1,2}\s", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\b(?:said|says|told|according|added|stated|announced)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechVerb();
}
