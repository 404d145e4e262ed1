using System.Text.RegularExpressions;
using Triangulate.Documents;
using static Triangulate.Cleaning.NoisePatterns;

namespace Triangulate.Cleaning;

/// <summary>
/// Social-media posts embedded in a page and flattened to text by a scraper: a tweet ends with its signature
/// "— Name (@handle) October 22, 2024" and usually carries a pic.twitter.com or t.co link; Instagram leaves
/// "A post shared by Name (@handle)" / "View this post on Instagram"; Facebook "Posted by Name on Tuesday, ...".
/// The whole paragraph is the post. When the signature stands on its own line, the paragraph before it is the
/// post's text if it carries the post's marks (a link, @handle or #hashtag).
/// </summary>
public sealed partial class EmbeddedPostDetector : INoiseDetector
{
    public IEnumerable<RemovedSpan> Detect(CleaningContext context)
    {
        var blocks = context.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            // Embed markup left in the text (<blockquote class="twitter-tweet">, <tweet ...> placeholders): the post runs
            // from the opening tag to its closing tag, a few lines on at most.
            if (b.Text[0] == '<' && OpeningTag().IsMatch(b.Text))
            {
                var last = i;
                for (var j = i; j < blocks.Count && j < i + 6; j++)
                    if (ClosingTag().IsMatch(blocks[j].Text)) { last = j; break; }
                for (var j = i; j <= last; j++) yield return new RemovedSpan(blocks[j].Start, blocks[j].End, NoiseKind.EmbeddedPost);
                i = last;
                continue;
            }
            if (b.Text.Contains('<') && ClosingTag().IsMatch(b.Text) && WordCount(b.Text) <= 3)
            {
                yield return new RemovedSpan(b.Start, b.End, NoiseKind.EmbeddedPost);
                continue;
            }
            if (!IsPost(b.Text)) continue;
            if (i > 0 && SignatureOnly().IsMatch(b.Text) && PostMarks().IsMatch(blocks[i - 1].Text) && WordCount(blocks[i - 1].Text) <= 80)
                yield return new RemovedSpan(blocks[i - 1].Start, blocks[i - 1].End, NoiseKind.EmbeddedPost);
            yield return new RemovedSpan(b.Start, b.End, NoiseKind.EmbeddedPost);
        }
    }

    public static bool IsPost(string text)
    {
        if (text.Contains("@", StringComparison.Ordinal) && TweetSignature().IsMatch(text)) return true;
        if ((text.Contains("shared by", StringComparison.Ordinal) || text.Contains("Instagram", StringComparison.Ordinal) ||
             text.StartsWith("Posted by", StringComparison.Ordinal) || text.StartsWith("Watch on", StringComparison.Ordinal) ||
             text.StartsWith("Follow on", StringComparison.Ordinal)) && OtherEmbeds().IsMatch(text)) return true;
        // A picture link without a signature is still a flattened tweet, if the paragraph is tweet-sized.
        return text.Contains("pic.twitter.com/", StringComparison.Ordinal) && PicTwitter().IsMatch(text) && WordCount(text) <= 80;
    }

    [GeneratedRegex(@"[—–-]{1,2}\s*[^\n]{1,160}?\(\s*@\w{1,30}\s*\)\s*(?:" + Month + @"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + Month + @",?\s+\d{4})\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex TweetSignature();

    [GeneratedRegex(@"\A[—–-]{1,2}\s*[^\n]{1,160}?\(\s*@\w{1,30}\s*\)\s*(?:" + Month + @"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + Month + @",?\s+\d{4})\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureOnly();

    [GeneratedRegex(@"\A<(?:tweet|blockquote\s+class=[""'](?:twitter-tweet|instagram-media|tiktok-embed)|iframe|embed)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OpeningTag();

    [GeneratedRegex(@"</tweet>|<tweet\s*/>|</blockquote>|</iframe>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClosingTag();

    [GeneratedRegex(@"\bpic\.twitter\.com/\w+", RegexOptions.CultureInvariant)]
    private static partial Regex PicTwitter();

    [GeneratedRegex(@"\bpic\.twitter\.com/|https?://t\.co/|(?:^|\s)@\w{2,}|(?:^|\s)#\w{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex PostMarks();

    [GeneratedRegex(@"\AView this (?:post|profile) on Instagram|A (?:post|photo|video) shared by [^\n]{1,80}\(@[\w.]{1,30}\)|\APosted by [^\n]{1,80} on " + Weekday + @",\s+" + Month + @"\s+\d{1,2},\s+\d{4}|\A(?:Watch on|Follow on) (?:TikTok|Instagram|YouTube)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OtherEmbeds();
}
