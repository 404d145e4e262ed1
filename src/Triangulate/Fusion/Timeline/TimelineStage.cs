using System.Text.RegularExpressions;
using Triangulate.Documents;

namespace Triangulate.Fusion.Timeline;

/// <summary>
/// Fills <see cref="Story.Timeline"/>: each body sentence's dated expressions become events (the clause around the
/// date, in the article's words), events told by several articles for the same date merge, and entries are ordered
/// by date (weeks at their Monday, coarser dates before finer ones of the same period).
/// </summary>
public sealed partial class TimelineStage : IStoryStage
{
    public string Name => "timeline";

    private sealed class Entry
    {
        public required string Date { get; init; }
        public string? Mod { get; init; }
        public required string Event { get; set; }
        public required HashSet<string> Keys { get; init; }
        public List<ArticleSpan> Evidence { get; } = [];
        public required int Order { get; init; }
    }

    [GeneratedRegex(@"(;|, (?=(and|but|while|after|before|when|which|where|as|since|although|though|whereas|following)\b)|\s[-–—]\s)")]
    private static partial Regex ClauseBreak();

    public Story Apply(StoryContext context, Story story)
    {
        var entries = new List<Entry>();
        var order = 0;
        foreach (var doc in context.Articles)
        {
            foreach (var t in doc.Times.OrderBy(t => t.Start))
            {
                if (t.Type != TimeType.Date || t.Value is null || t.Value.Length < 4 || !char.IsDigit(t.Value[0])) continue;
                if (doc.IsRemoved(t.Start)) continue;
                var sentence = FusionText.SentenceAt(doc, t.Start);
                if (sentence is null) continue;
                var body = BodyStart(doc, sentence.Span);
                var (clauseStart, clauseEnd) = Clause(doc.Text, new Span(body, sentence.End), t.Span);
                // A sentence of ordinary length is its own best event text: cut into clauses it loses its subject
                // ("..., but has not fought since 1953") or the words the date belongs to ("..., an official said
                // yesterday"). Only long sentences are cut to the clause holding the date.
                var whole = Tidy(doc.Text[body..sentence.End]);
                var eventText = whole.Split(' ').Length <= MaxEventWords ? whole : Tidy(doc.Text[clauseStart..clauseEnd]);
                if (eventText.Split(' ').Length < 4) eventText = whole;
                var keys = new HashSet<string>(FusionText.Keys(doc.Text[clauseStart..clauseEnd]), StringComparer.Ordinal);
                foreach (var k in FusionText.Keys(t.Text)) keys.Remove(k);
                var evidence = FusionText.SpanOf(doc, sentence.Start, sentence.End);

                var match = entries.FirstOrDefault(e => e.Date == t.Value && e.Mod == t.Mod && FusionText.Jaccard(e.Keys, keys) >= 0.3);
                if (match is not null)
                {
                    if (!match.Evidence.Contains(evidence)) match.Evidence.Add(evidence);
                    if (eventText.Length < match.Event.Length && eventText.Split(' ').Length >= 5) match.Event = eventText;
                    match.Keys.UnionWith(keys);
                    continue;
                }
                var entry = new Entry { Date = t.Value, Mod = t.Mod, Event = eventText, Keys = keys, Order = order++ };
                entry.Evidence.Add(evidence);
                entries.Add(entry);
            }
        }
        var timeline = entries
            .OrderBy(e => FusionText.SortableDate(e.Date), StringComparer.Ordinal)
            .ThenBy(e => e.Order)
            .Select(e => new TimelineEntry(e.Date, e.Event, e.Evidence) { Mod = e.Mod })
            .ToList();
        return story with { Timeline = OneEntryPerSentence(timeline) };
    }

    /// <summary>A sentence that dates its event twice ("detected in September and October") makes one entry at the
    /// earliest date, the later dates kept in <see cref="TimelineEntry.AlsoDated"/>.</summary>
    private static List<TimelineEntry> OneEntryPerSentence(List<TimelineEntry> timeline)
    {
        var result = new List<TimelineEntry>();
        foreach (var e in timeline)
        {
            var at = result.FindIndex(r => r.Event == e.Event && r.Evidence.SequenceEqual(e.Evidence));
            if (at < 0) { result.Add(e); continue; }
            if (e.Date != result[at].Date && !result[at].AlsoDated.Contains(e.Date))
                result[at] = result[at] with { AlsoDated = [.. result[at].AlsoDated, e.Date] };
        }
        return result;
    }

    private const int MaxEventWords = 32;

    /// <summary>Where the sentence's body text begins: after a header or caption the sentence starts on (" date
    /// 2024-10-23 The troops ...").</summary>
    private static int BodyStart(AnalyzedArticle doc, Span sentence)
    {
        var from = sentence.Start;
        foreach (var r in doc.Removed.OrderBy(r => r.Start))
            if (r.Start <= from && from < r.End) from = Math.Min(r.End, sentence.End);
        while (from < sentence.End && char.IsWhiteSpace(doc.Text[from])) from++;
        return from;
    }

    /// <summary>The clause of the sentence holding the date, widened to a neighbour when it is only a few words, and
    /// to the sentence's start when it opens on a conjunction and a verb (its subject is the sentence's).</summary>
    private static (int Start, int End) Clause(string text, Span sentence, Span time)
    {
        var cuts = new List<int> { sentence.Start };
        foreach (Match m in ClauseBreak().Matches(text[sentence.Start..sentence.End]))
            cuts.Add(sentence.Start + m.Index + m.Length);
        cuts.Add(sentence.End);
        var i = cuts.FindLastIndex(c => c <= time.Start);
        if (i < 0) i = 0;
        var start = cuts[i];
        var end = i + 1 < cuts.Count ? cuts[i + 1] : sentence.End;
        if (i > 0 && SubjectlessOpening().IsMatch(text[start..end])) start = sentence.Start;
        if (text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 6)
        {
            if (i + 2 < cuts.Count) end = cuts[i + 2];
            else if (i > 0) start = cuts[i - 1];
        }
        return (start, Math.Max(start, end));
    }

    [GeneratedRegex(@"^\s*(and|but|while|as|although|though|whereas)\s+(has|have|had|is|are|was|were|will|would|could|may|did|does|also|then|later|\w+ed|\w+s)\b")]
    private static partial Regex SubjectlessOpening();

    [GeneratedRegex(@"^(And|But|While|Whereas)\s+(?=\p{Ll})")]
    private static partial Regex LeadingConjunction();

    private static string Tidy(string s)
    {
        s = Regex.Replace(s, @"\s+", " ").Trim().TrimEnd(',', ';', '-', '–', '—').Trim();
        s = LeadingConjunction().Replace(s, "");
        return s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }
}
