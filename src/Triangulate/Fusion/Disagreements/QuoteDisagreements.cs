using Triangulate.Documents;
using Triangulate.Fusion.Claims;
using Triangulate.Fusion.Quotes;

namespace Triangulate.Fusion.Disagreements;

/// <summary>Disagreements found among versions of one utterance: the day it was said (date), who said it
/// (attribution) and the words themselves (wording).</summary>
internal static class QuoteDisagreements
{
    public static IEnumerable<Disagreement> Find(StoryContext ctx, QuoteGrouping grouping)
    {
        for (var g = 0; g < grouping.Groups.Count; g++)
        {
            var items = grouping.Groups[g].Select(i => grouping.Items[i]).ToList();
            if (items.Select(i => i.ArticleId).Distinct().Count() < 2) continue;
            var id = grouping.GroupId(g);
            var date = DateConflict(id, items);
            if (date is not null) yield return date;
            var who = AttributionConflict(ctx, id, items);
            if (who is not null) yield return who;
            var words = WordingConflict(id, items);
            if (words is not null) yield return words;
        }
    }

    private static string Short(QuoteItem q)
    {
        var words = q.Doc.Text.Substring(q.Quote.Start, q.Quote.End - q.Quote.Start).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(8)) + (words.Length > 8 ? " ..." : "");
    }

    /// <summary>The day each version says the words were spoken: the dated expression of the quote's sentence
    /// nearest its cue (or speaker), outside the quotation marks of a direct quote.</summary>
    internal static string? SpeechDate(QuoteItem q)
    {
        var doc = q.Doc;
        var sentence = FusionText.SentenceAt(doc, q.Quote.Cue?.Start ?? q.Quote.Speaker?.Start ?? q.Quote.Start);
        if (sentence is null) return null;
        var anchor = q.Quote.Cue?.Start ?? q.Quote.Speaker?.Start ?? q.Quote.Start;
        TimeExpression? best = null;
        var bestDist = int.MaxValue;
        foreach (var t in doc.Times)
        {
            if (t.Type != TimeType.Date || t.Value is null || t.Value.Length < 10 || !char.IsDigit(t.Value[0])) continue;
            if (!sentence.Span.Contains(t.Start)) continue;
            if (q.Quote.Kind != QuoteKind.Indirect && q.Quote.Span.Contains(t.Start)) continue;
            var d = Math.Abs(t.Start - anchor);
            if (d < bestDist) { best = t; bestDist = d; }
        }
        return best?.Value;
    }

    private static Disagreement? DateConflict(string id, List<QuoteItem> items)
    {
        var dated = items.Where(i => i.SpeakerKey is not null)
            .Select(i => (Item: i, Date: SpeechDate(i))).Where(x => x.Date is not null).ToList();
        var byDate = dated.GroupBy(x => x.Date!).OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
        if (byDate.Count < 2) return null;
        var positions = byDate.Select(d => new DisagreementPosition(id, d.Select(x => x.Item.ArticleId).Distinct().Order(StringComparer.Ordinal).ToList()) { Text = d.Key }).ToList();
        if (positions.Any(p => positions.Any(o => o != p && o.Articles.Intersect(p.Articles).Any()))) return null;
        var speaker = items.First(i => i.SpeakerKey is not null).SpeakerName;
        return new Disagreement("", "date", $"when {speaker} said \"{Short(items[0])}\"", positions,
            string.Join(" vs ", positions.Select(p => $"{p.Text} ({FusionText.Articles(p.Articles)})")));
    }

    private static Disagreement? AttributionConflict(StoryContext ctx, string id, List<QuoteItem> items)
    {
        var bySpeaker = items.Where(i => i.SpeakerKey is not null).GroupBy(i => i.SpeakerKey!).ToList();
        if (bySpeaker.Count < 2) return null;
        // Speakers that resolve to the same source (a spokesperson and her institution) do not conflict.
        var resolver = new SourceResolver(ctx);
        var bySource = items.Where(i => i.SpeakerKey is not null)
            .GroupBy(i => resolver.FromQuote(i.Doc, i.Quote)?.Key ?? i.SpeakerKey!).ToList();
        if (bySource.Count < 2) return null;
        // A version whose chain passes through the other's speaker reports the same attribution with its conduit
        // ("according to a Washington Post video, Austin said ..." against "Austin said ..."): not a conflict.
        if (bySource.Any(a => bySource.Any(b => !ReferenceEquals(a, b) && a.Any(x => b.Any(y => InChainOf(x, y))))))
            return null;
        // Entities the index kept apart but whose names are the same person ("Kim Jong Un", "Kim Jong-un", "Mr Kim").
        var surnames = bySource.Select(s => s.Select(x => FusionText.SurnameKey(x.SpeakerName)).ToHashSet(StringComparer.Ordinal)).ToList();
        var firstFamily = surnames[0];
        if (surnames.All(s => s.Overlaps(firstFamily))) return null;
        var positions = bySource.Select(s => new DisagreementPosition(id, s.Select(x => x.ArticleId).Distinct().Order(StringComparer.Ordinal).ToList())
        { Text = s.First().SpeakerName }).ToList();
        return new Disagreement("", "attribution", $"who said \"{Short(items[0])}\"", positions,
            string.Join(" vs ", positions.Select(p => $"{p.Text} ({FusionText.Articles(p.Articles)})")));
    }

    /// <summary>True when <paramref name="b"/>'s speaker appears in <paramref name="a"/>'s chain of attribution,
    /// or the other way round.</summary>
    private static bool InChainOf(QuoteItem a, QuoteItem b)
    {
        static bool Has(QuoteItem q, QuoteItem other)
            => q.Chain.Count > 1 && q.Chain.Any(c => FusionText.NameKey(c) == FusionText.NameKey(other.SpeakerName));
        return Has(a, b) || Has(b, a);
    }

    /// <summary>The words a version presents as the speaker's own: a direct quote's words, or the stretches in
    /// quotation marks of a mixed one. A report without marks has none: its wording is the outlet's, so it cannot
    /// misquote anyone.</summary>
    private static List<SurfaceWord> QuotedWords(QuoteItem q)
    {
        if (q.Quote.Kind == QuoteKind.Direct) return q.Words;
        if (q.Quote.Kind == QuoteKind.Indirect) return [];
        var text = q.Doc.Text;
        var result = new List<SurfaceWord>();
        int? open = null;
        for (var i = q.Quote.Start; i < Math.Min(q.Quote.End + 1, text.Length); i++)
        {
            var c = text[i];
            if (c is '“' or '«' || (c == '"' && open is null)) { open = i + 1; continue; }
            if ((c is '”' or '»' || c == '"') && open is { } o)
            {
                result.AddRange(q.Words.Where(w => w.Start >= o && w.End <= i));
                open = null;
            }
        }
        return result;
    }

    private static Disagreement? WordingConflict(string id, List<QuoteItem> items)
    {
        var direct = items.Select(i => (Item: i, Words: QuotedWords(i))).Where(x => x.Words.Count >= 2).ToList();
        if (direct.Count < 2) return null;
        var reference = direct.OrderByDescending(i => i.Words.Count).First();
        var same = new List<QuoteItem> { reference.Item };
        var different = new List<QuoteItem>();
        foreach (var v in direct)
        {
            if (ReferenceEquals(v.Item, reference.Item)) continue;
            // Two partial quotations of different stretches of one utterance share too little to be compared.
            if (SharedWords(reference.Words, v.Words) < 2) continue;
            (QuoteDiff.IsMaterial(reference.Words, v.Words) ? different : same).Add(v.Item);
        }
        var referenceItem = reference.Item;
        if (different.Count == 0) return null;
        var sameArticles = same.Select(x => x.ArticleId).Distinct().Order(StringComparer.Ordinal).ToList();
        var diffArticles = different.Select(x => x.ArticleId).Distinct().Order(StringComparer.Ordinal).Where(a => !sameArticles.Contains(a)).ToList();
        if (diffArticles.Count == 0) return null;
        var positions = new List<DisagreementPosition>
        {
            new(id, sameArticles) { Text = referenceItem.Doc.Text[referenceItem.Quote.Start..referenceItem.Quote.End] },
            new(id, diffArticles) { Text = different[0].Doc.Text[different[0].Quote.Start..different[0].Quote.End] },
        };
        return new Disagreement("", "wording", $"the words of {referenceItem.SpeakerName}'s \"{Short(referenceItem)}\"", positions,
            $"the quote is worded differently in {FusionText.Articles(diffArticles)} than in {FusionText.Articles(sameArticles)}");
    }

    private static int SharedWords(IReadOnlyList<SurfaceWord> a, IReadOnlyList<SurfaceWord> b)
    {
        var set = a.Select(w => w.Norm).ToHashSet(StringComparer.Ordinal);
        return b.Count(w => set.Contains(w.Norm));
    }
}
