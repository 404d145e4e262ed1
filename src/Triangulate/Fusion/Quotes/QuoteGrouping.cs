using System.Runtime.CompilerServices;
using Triangulate.Documents;

namespace Triangulate.Fusion.Quotes;

/// <summary>One article's quote, prepared for cross-article comparison.</summary>
public sealed class QuoteItem
{
    public required AnalyzedArticle Doc { get; init; }
    public required Quote Quote { get; init; }
    /// <summary>Story entity id of the speaker (chain end if the chain is longer), when resolved.</summary>
    public string? SpeakerEntity { get; init; }
    /// <summary>Key used to compare speakers: the story entity id, else the folded canonical name; null if unknown.</summary>
    public string? SpeakerKey { get; init; }
    public required string SpeakerName { get; init; }
    /// <summary>Surface words of the quoted text (parts only, attribution excluded).</summary>
    public required List<SurfaceWord> Words { get; init; }
    /// <summary>Expanded lower-case words (contractions expanded) for similarity.</summary>
    public required List<string> Expanded { get; init; }
    public required HashSet<string> Keys { get; init; }
    public required IReadOnlyList<string> Chain { get; init; }
    public string ArticleId => Doc.Article.Id;
}

/// <summary>Versions of the same utterance across a story's articles, grouped once per <see cref="StoryContext"/>
/// and shared by the quote, disagreement and summary stages.</summary>
public sealed class QuoteGrouping
{
    private static readonly ConditionalWeakTable<StoryContext, QuoteGrouping> Cache = new();

    public IReadOnlyList<QuoteItem> Items { get; }
    /// <summary>Groups of item indexes, each ordered by article id then offset; groups ordered by their first item.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Groups { get; }

    private QuoteGrouping(IReadOnlyList<QuoteItem> items, IReadOnlyList<IReadOnlyList<int>> groups)
    {
        Items = items;
        Groups = groups;
    }

    public static QuoteGrouping For(StoryContext ctx) => Cache.GetValue(ctx, Build);

    public string GroupId(int group) => "q" + (group + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    { "he", "she", "they", "it", "we", "i", "you", "him", "her", "them" };

    private static QuoteGrouping Build(StoryContext ctx)
    {
        var items = new List<QuoteItem>();
        var storyNames = ctx.Entities.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        foreach (var doc in ctx.Articles)
        {
            foreach (var q in doc.Quotes.OrderBy(q => q.Start).ThenBy(q => q.End))
            {
                if (doc.IsRemoved(q.Start) || q.End <= q.Start || q.End > doc.Text.Length) continue;
                if (q.Negated) continue;   // "has not responded to the claims": nothing was said to group
                var parts = q.Parts.Count > 0 ? q.Parts : [q.Span];
                var words = new List<SurfaceWord>();
                foreach (var p in parts) words.AddRange(FusionText.SurfaceWords(doc.Text, p.Start, Math.Min(p.End, doc.Text.Length)));
                if (words.Count == 0) continue;
                var expanded = new List<string>();
                foreach (var p in parts) expanded.AddRange(FusionText.Words(doc.Text.Substring(p.Start, Math.Min(p.End, doc.Text.Length) - p.Start)));
                var keys = new HashSet<string>(expanded.Select(FusionText.Key).OfType<string>(), StringComparer.Ordinal);
                var (entity, key, name) = ResolveSpeaker(ctx, doc, q);
                items.Add(new QuoteItem
                {
                    Doc = doc, Quote = q, SpeakerEntity = entity, SpeakerKey = key, SpeakerName = name,
                    Words = words, Expanded = expanded, Keys = keys,
                    Chain = q.Chain.Count > 0 ? StoryNames(ctx, storyNames, doc, q) : (q.Speaker?.Canonical is { } c ? [c] : []),
                });
            }
        }

        var uf = new int[items.Count];
        for (var i = 0; i < uf.Length; i++) uf[i] = i;
        int Find(int x) { while (uf[x] != x) x = uf[x] = uf[uf[x]]; return x; }

        // Candidate pairs only: quotes of different articles that share a content word, or a speaker. Every rule of
        // SameUtterance but the same-speaker ones needs shared content words, so no pair that could match is left out
        // (the groups are connected components, whatever order the pairs are tried in); an article with thousands
        // of quotes no longer costs the square of their number.
        var postings = new Dictionary<string, Dictionary<string, List<int>>>(StringComparer.Ordinal);
        var seen = new HashSet<int>();
        for (var i = 0; i < items.Count; i++)
        {
            seen.Clear();
            var tokens = BlockingTokens(items[i]).ToArray();
            foreach (var token in tokens)
            {
                if (!postings.TryGetValue(token, out var byArticle)) postings[token] = byArticle = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                foreach (var (article, earlier) in byArticle)
                {
                    if (article == items[i].ArticleId) continue;
                    foreach (var j in earlier)
                    {
                        if (!seen.Add(j) || SameUtterance(items[j], items[i]) is null) continue;
                        var (a, b) = (Find(i), Find(j));
                        if (a != b) uf[Math.Max(a, b)] = Math.Min(a, b);
                    }
                }
            }
            foreach (var token in tokens)
            {
                var byArticle = postings[token];
                if (!byArticle.TryGetValue(items[i].ArticleId, out var list)) byArticle[items[i].ArticleId] = list = [];
                list.Add(i);
            }
        }

        var groups = Enumerable.Range(0, items.Count)
            .GroupBy(Find)
            .Select(g => (IReadOnlyList<int>)WithoutOverlappingDuplicates(items, g.OrderBy(i => i).ToList()))
            .OrderBy(g => g[0])
            .ToList();
        return new QuoteGrouping(items, groups);
    }

    private static IEnumerable<string> BlockingTokens(QuoteItem item) =>
        item.SpeakerKey is { } speaker ? item.Keys.Append("\u0001speaker:" + speaker) : item.Keys;

    /// <summary>One version per stretch of an article: when the extractor read the same words twice (a quotation and
    /// a report spanning it), the group keeps the one in quotation marks, then the tighter span. Versions in one
    /// article that do not overlap (the utterance quoted twice) both stay.</summary>
    private static List<int> WithoutOverlappingDuplicates(List<QuoteItem> items, List<int> group)
    {
        static int Rank(QuoteKind k) => k switch { QuoteKind.Direct => 0, QuoteKind.Mixed => 1, _ => 2 };
        var kept = new List<int>();
        foreach (var i in group.OrderBy(i => Rank(items[i].Quote.Kind)).ThenBy(i => items[i].Quote.End - items[i].Quote.Start).ThenBy(i => i))
        {
            var q = items[i];
            if (kept.Any(k => items[k].ArticleId == q.ArticleId && items[k].Quote.Start < q.Quote.End && q.Quote.Start < items[k].Quote.End)) continue;
            kept.Add(i);
        }
        kept.Sort();
        return kept;
    }

    /// <summary>The chain in the story's names: an element linked to an entity takes the name the story gives that
    /// entity, so that one person reads the same in every version ("Park Sunwon" in one article, "Park Sun-won" in
    /// the story); an element the article did not link keeps its own words.</summary>
    private static IReadOnlyList<string> StoryNames(StoryContext ctx, IReadOnlyDictionary<string, string> storyNames, AnalyzedArticle doc, Quote q)
    {
        var names = new string[q.Chain.Count];
        for (var k = 0; k < names.Length; k++)
        {
            names[k] = q.Chain[k];
            if (k < q.ChainEntities.Count && q.ChainEntities[k] is { } local && ctx.Entities.Resolve(doc.Article.Id, local) is { } id
                && storyNames.TryGetValue(id, out var name))
                names[k] = name;
        }
        return names;
    }

    private static (string? Entity, string? Key, string Name) ResolveSpeaker(StoryContext ctx, AnalyzedArticle doc, Quote q)
    {
        // The utterance belongs to the chain's original holder: "Park cited Cho as saying" is Cho's utterance.
        string? local = null;
        string? name = null;
        for (var k = q.Chain.Count - 1; k >= 0; k--)
        {
            name ??= q.Chain[k];
            if (k < q.ChainEntities.Count && q.ChainEntities[k] is { } e) { local = e; name = q.Chain[k]; break; }
        }
        if (q.Chain.Count == 0 && q.Speaker is { } sp)
        {
            local = sp.Entity;
            name = sp.Canonical ?? sp.Text;
        }
        var entity = local is null ? null : ctx.Entities.Resolve(doc.Article.Id, local);
        if (entity is not null) return (entity, entity, name ?? entity);
        if (name is null || Pronouns.Contains(name.Trim())) return (null, null, name ?? "");
        return (null, "name:" + FusionText.NameKey(name), name);
    }

    /// <summary>Why two quotes are one utterance, or null. Known, different speakers need near-identical words
    /// (then the grouping records an attribution conflict); otherwise a large shared share of the words.</summary>
    internal static string? SameUtterance(QuoteItem a, QuoteItem b)
    {
        var sameSpeaker = a.SpeakerKey is not null && a.SpeakerKey == b.SpeakerKey;
        var unknown = a.SpeakerKey is null || b.SpeakerKey is null;
        var wordContain = FusionText.Containment(a.Expanded, b.Expanded);
        var keyContain = FusionText.Containment(a.Keys, b.Keys);
        var sharedKeys = a.Keys.Count(b.Keys.Contains);
        var minLen = Math.Min(a.Expanded.Count, b.Expanded.Count);

        if (sameSpeaker)
        {
            var indirect = (a.Quote.Kind == QuoteKind.Indirect ? 1 : 0) + (b.Quote.Kind == QuoteKind.Indirect ? 1 : 0);
            // Two reports of speech paraphrase freely; a report against the quoted words must be close to be the
            // same utterance rather than a summary of the whole announcement.
            if (indirect == 2) return keyContain >= 0.6 && sharedKeys >= 3 ? "same speaker, paraphrase" : null;
            if (indirect == 1) return keyContain >= 0.75 && sharedKeys >= 4 ? "same speaker, reported words" : null;
            if (wordContain >= 0.6 && sharedKeys >= 2) return "same speaker, shared words";
            if (keyContain >= 0.55 && sharedKeys >= 4) return "same speaker, shared content words";
            return SharedSentence(a, b) ? "same speaker, shared sentence" : null;
        }
        // Speakers unknown or different: only a (near-)verbatim long quotation is the same utterance.
        if (a.Quote.Kind == QuoteKind.Indirect || b.Quote.Kind == QuoteKind.Indirect) return null;
        if (minLen >= 6 && wordContain >= 0.85 && keyContain >= 0.8) return unknown ? "same words" : "same words, different speakers";
        return null;
    }

    private static bool SharedSentence(QuoteItem a, QuoteItem b)
    {
        // A quoted sentence of four or more words that reappears almost verbatim in the other version.
        foreach (var seg in Segments(a))
        {
            if (seg.Count < 4) continue;
            if (FusionText.Containment(seg, b.Expanded) >= 0.9) return true;
        }
        return false;
    }

    private static IEnumerable<List<string>> Segments(QuoteItem q)
    {
        var text = q.Doc.Text;
        var parts = q.Quote.Parts.Count > 0 ? q.Quote.Parts : [q.Quote.Span];
        foreach (var p in parts)
        {
            var start = p.Start;
            for (var i = p.Start; i < Math.Min(p.End, text.Length); i++)
            {
                if (text[i] is '.' or '?' or '!' or ';')
                {
                    if (i > start) yield return FusionText.Words(text[start..i]);
                    start = i + 1;
                }
            }
            if (start < p.End) yield return FusionText.Words(text[start..Math.Min(p.End, text.Length)]);
        }
    }
}
