using System.Text.RegularExpressions;
using Triangulate.Documents;
using static Triangulate.Cleaning.NoisePatterns;

namespace Triangulate.Cleaning;

/// <summary>
/// Page furniture that a scraper flattened into the text: share and print buttons, advertisement markers,
/// "Continue reading", subscription and log-in prompts, "Listen to this article", "Skip to content". Only short
/// lines that are nothing but such a label count.
/// </summary>
public sealed partial class BoilerplateDetector : INoiseDetector
{
    public IEnumerable<RemovedSpan> Detect(CleaningContext context)
    {
        foreach (var b in context.Blocks)
            if (WordCount(b.Text) <= 14 && (Label().IsMatch(b.Text) || Separator().IsMatch(b.Text) || IsCapsLabel(b.Text))
                || WordCount(b.Text) <= 25 && Prompt().IsMatch(b.Text))
                yield return new RemovedSpan(b.Start, b.End, NoiseKind.Boilerplate);
    }

    /// <summary>A short all-capitals line ("FULL TEXT.", "ABSTRACT", "TOP STORIES") is a section label of the page,
    /// never a sentence of the report. Acronym-only lines ("NATO.") are too short to be anything else either.</summary>
    private static bool IsCapsLabel(string text)
    {
        var words = WordCount(text);
        if (words > 4) return false;
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 4 && !text.Contains('@') && !text.Contains('—') && !text.Contains('"') && !text.Contains('“');
    }

    // Separator rules: "___", "* * *", "---".
    [GeneratedRegex(@"\A[\s_*=~#•·.\-–—]{3,}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    // Prompts to do something with the page rather than report: watch/listen to the embedded media, like the page,
    // share and comment, enter an email, read the rest elsewhere, "Also on X:".
    [GeneratedRegex(@"\A(?:(?:watch|listen\s+to|see|view|check\s+out)\b[^\n]{0,120}\b(?:below|above|here|embedded)\b[.:!]?\s*\z|(?:watch|listen\s+to)\s+(?:the\s+)?(?:full\s+|latest\s+|entire\s+)?(?:video|interview|clip|segment|podcast|episode|speech)\b[^\n]{0,100}\z|[^\n]{0,80}\blike\s+(?:the|our)\s+(?:facebook\s+)?page\s*[:.!]?\s*\z|share\s+and\s+comment\b[^\n]{0,30}\z|enter\s+your\s+e-?mail(?:\s+address)?\s*:?\s*\z|read\s+the\s+(?:rest|full)\s+(?:of\s+the\s+)?(?:story|article|post|interview)\b[^\n]{0,60}\z|also\s+on\s+[\p{L} ]{2,30}:\s*\z|subscribe\s+to\b[^\n]{0,80}\b(?:here|podcast|channel)\b[^\n]{0,40}\z|for\s+more\s+(?:from|video|news|coverage)\b[^\n]{0,80}\b(?:app|download|check\s+out|visit|follow)\b[^\n]{0,60}\z|(?:download|get)\s+(?:our|the)\s+(?:free\s+)?app\b[^\n]{0,80}\z)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Prompt();

    [GeneratedRegex(@"\A(?:advertisement|advertising|ad|sponsored(?:\s+content)?|story\s+continues\s+below(?:\s+(?:advertisement|this\s+ad))?|article\s+continues\s+below(?:\s+(?:advertisement|this\s+ad))?|continue\s+reading(?:\s+(?:below|the\s+main\s+story))?|scroll\s+(?:down\s+)?to\s+continue[^\n]*|(?:share|share\s+this(?:\s+(?:article|story|page|post))?|share\s+on\s+\w+|share\s+via\s+\w+|tweet|email|print|copy\s+link|copied|save|save\s+article|link\s+copied)(?:\s*[|/·•,]\s*(?:share|tweet|email|print|facebook|twitter|x|whatsapp|linkedin|reddit|copy\s+link|save))*|click\s+(?:here|to)\s+[^\n]{0,80}|tap\s+here\s+[^\n]{0,80}|listen\s+to\s+(?:this|the)\s+(?:article|story)[^\n]{0,40}|(?:\d+\s+)?(?:min(?:ute)?s?\s+read|comments?)|skip\s+to\s+(?:main\s+)?content|download\s+(?:the|our)\s+[^\n]{0,30}app[^\n]{0,40}|(?:already\s+a\s+subscriber|not\s+a\s+subscriber)\??[^\n]{0,60}|(?:log\s*in|sign\s+in|register)(?:\s+(?:here|now|to\s+[^\n]{0,40}))?|subscribe(?:\s+(?:now|today|here))?|(?:watch|video|listen|audio|gallery|photos)\s*[:|]\s*[^\n]{0,80}|(?:you\s+may\s+also\s+like|more\s+stories|most\s+read|most\s+popular|trending(?:\s+now)?|top\s+stories|editor'?s\s+picks)\s*:?|this\s+(?:content|video|embed)\s+is\s+not\s+available[^\n]{0,80}|(?:please\s+)?enable\s+javascript[^\n]{0,80}|we\s+use\s+cookies[^\n]{0,120}|image\s+(?:\d+\s+of\s+\d+|caption)|(?:open|close)\s+(?:image|gallery)|expand|toggle\s+caption)[.!]?\s*\z",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
