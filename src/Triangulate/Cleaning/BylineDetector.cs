using System.Text.RegularExpressions;
using Triangulate.Documents;
using static Triangulate.Cleaning.NoisePatterns;

namespace Triangulate.Cleaning;

/// <summary>
/// Author lines: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By JANE DOE | CNN", "Jane Doe, Reuters",
/// "Jane Doe, Staff Writer", and publication-time lines ("Published 10:32 a.m. ET Oct. 23, 2024", "Updated ...")
/// which are reported as metadata. Only short lines that are nothing but the byline count, and "By" must be
/// followed by a person's name, not a date ("By Tuesday, the troops had moved." stays body).
/// </summary>
public sealed partial class BylineDetector : INoiseDetector
{
    public IEnumerable<RemovedSpan> Detect(CleaningContext context)
    {
        foreach (var b in context.Blocks)
        {
            if (WordCount(b.Text) > 16) continue;
            if (IsByline(b.Text)) yield return new RemovedSpan(b.Start, b.End, NoiseKind.Byline);
            else if (DateOnlyLine().IsMatch(b.Text) || Timestamp().IsMatch(b.Text) && IsOnlyTimestampWords(b.Text)) yield return new RemovedSpan(b.Start, b.End, NoiseKind.Metadata);
        }
    }

    public static bool IsByline(string text)
    {
        var m = ByLine().Match(text);
        if (m.Success)
        {
            foreach (Capture c in m.Groups["name"].Captures)
            {
                var first = c.Value.Split(' ', 2)[0].TrimEnd('.', ',');
                if (NotAName.Contains(first)) return false;
            }
            return true;
        }
        return NameAgency().IsMatch(text);
    }

    // "Posted on Facebook in 2016, the video went viral." is a sentence, not a timestamp: allow almost no other lowercase words.
    private static bool IsOnlyTimestampWords(string text)
    {
        var other = 0;
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var w = raw.Trim(',', ':', '|', '(', ')');
            if (w.Length == 0 || !char.IsLower(w[0])) continue;
            if (!TimestampWords.Contains(w)) other++;
        }
        return other == 0;
    }

    private static readonly HashSet<string> TimestampWords = new(StringComparer.OrdinalIgnoreCase)
    { "on", "at", "by", "a.m.", "p.m.", "am", "pm", "ago", "min", "mins", "minute", "minutes", "hour", "hours", "day", "days", "updated", "published", "et", "gmt", "utc", "bst", "kst", "and", "of" };

    private static readonly HashSet<string> NotAName = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
        "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "The", "This", "That", "These", "Those", "Then", "Now", "Late", "Early", "Mid",
        "Contrast", "Comparison", "Law", "Design", "Default", "Far", "All", "Most", "Some", "Its", "Their", "His", "Her", "Our", "Then",
    };

    private const string Role = @"(?:(?:[Ss]enior\s+|[Cc]hief\s+|[Ss]pecial\s+|[Ff]oreign\s+|[Ww]hite\s+House\s+|[Pp]olitical\s+|[Ss]taff\s+|[Cc]ontributing\s+)*(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Cc]ontributor|[Ss]taff|[Aa]nalyst)s?)";

    [GeneratedRegex(@"\A(?:(?:[Cc]o-)?(?:[Aa]uthored|[Ww]ritten|[Ss]tory|[Rr]eported|[Pp]osted)\s+)?[Bb][Yy]:?\s+(?<name>" + Name + @")(?:\s*(?:,|\band\b|&)\s*(?<name>" + Name + @"))*(?:\s*(?:,|\||/|–|—|-)\s*(?:" + Role + "|" + Name + "|" + Agency + @")(?:\s+(?:in|and)\s+" + Name + @")?)*\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();

    [GeneratedRegex(@"\A" + Name + @"\s*(?:,|\|)\s*(?:" + Agency + "|" + Role + @"|(?:The\s+)?(?:Washington\s+Post|New\s+York\s+Times|Wall\s+Street\s+Journal|Guardian|BBC\s+News|CNN|NPR|Politico|Axios|Bloomberg\s+News|Financial\s+Times|Al\s+Jazeera|Korea\s+Herald|Korea\s+Times|Yonhap\s+News\s+Agency|Kyiv\s+Independent))\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex NameAgency();

    // A line that is nothing but a date ("Friday, December 4, 2015.", "23 October 2024"): print-edition and update stamps.
    [GeneratedRegex(@"\A(?:" + Weekday + @",?\s+)?(?:" + Month + @"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + Month + @",?\s+\d{4}|\d{4}-\d{2}-\d{2})\.?\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateOnlyLine();

    [GeneratedRegex(@"\A(?:Published|Updated|Last\s+updated|Posted|First\s+published|Modified)\s*(?:on|at)?\s*:?\s*[^\n]{0,40}?(?:\d{4}|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|" + Month + @"\s+\d{1,2}|\d{1,2}\s+" + Month + @"|(?:\d+\s+(?:min(?:ute)?s?|hours?|days?)\s+ago))[^\n]{0,40}\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Timestamp();
}
