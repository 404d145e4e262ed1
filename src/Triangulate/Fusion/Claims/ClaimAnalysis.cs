using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Triangulate.Documents;

namespace Triangulate.Fusion.Claims;

/// <summary>One article's statement of a figure (or a status), before versions are grouped.</summary>
public sealed class ClaimMention
{
    public required AnalyzedArticle Doc { get; init; }
    public required Span Evidence { get; init; }
    public required ClaimSource Source { get; init; }
    public Quantity? Quantity { get; init; }
    public double? Value { get; init; }
    public double? Max { get; init; }
    public string? Unit { get; init; }
    public string? Qualifier { get; init; }
    public string? Change { get; init; }
    /// <summary>Comparison keys of what is counted ("north", "korea", "troop").</summary>
    public required HashSet<string> Thing { get; init; }
    /// <summary>The key of the counted noun itself ("troop"), when known.</summary>
    public string? Head { get; init; }
    /// <summary>The date the sentence gives for the figure (TIMEX3 value), when it gives one.</summary>
    public string? AsOf { get; init; }
    public bool Target { get; init; }
    public required string Statement { get; init; }
    public string? Status { get; init; }
    /// <summary>True when the sentence places the status in the past ("had previously denied").</summary>
    public bool Historical { get; init; }
    public string ArticleId => Doc.Article.Id;
    /// <summary>The date a reader can order this version by: its own date, else the article's publication date.</summary>
    public string? DateKey => AsOf ?? Doc.Article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A claim: versions of one statement across articles.</summary>
public sealed class ClaimGroup
{
    public required string Id { get; init; }
    public required IReadOnlyList<ClaimMention> Versions { get; init; }
    public required Claim Claim { get; init; }
    public IEnumerable<string> SourceKeys => Versions.Select(v => v.Source.Key).Distinct(StringComparer.Ordinal);
    /// <summary>For a status claim: its holder and what the stance is about, shared by the holder's other stances
    /// on the same matter (so "denied" and "not confirmed" of one matter can be compared); null for figures.</summary>
    public string? Matter { get; init; }
}

/// <summary>
/// Claims of a story, computed once per <see cref="StoryContext"/>: every figure (a quantity with a value) in the
/// story's body sentences, attributed through the quote covering it (or an "according to" / "X said" in its
/// sentence, else the outlet), with what is counted normalised so that versions from different articles meet;
/// plus status statements (denied / not confirmed / confirmed). Later stages (changes, disagreements, summary)
/// read the groups from here.
/// </summary>
public sealed partial class ClaimAnalysis
{
    private static readonly ConditionalWeakTable<StoryContext, ClaimAnalysis> Cache = new();

    public IReadOnlyList<ClaimGroup> Groups { get; }

    private ClaimAnalysis(IReadOnlyList<ClaimGroup> groups) => Groups = groups;

    public static ClaimAnalysis For(StoryContext ctx) => Cache.GetValue(ctx, Build);

    [GeneratedRegex(@"\b(aims?|aimed|plans?|planned|planning|expected|expects?|intends?|intended|targets?|promised|pledged|will|going to|set to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TargetCue();

    [GeneratedRegex(@"\baccording to\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^\s*(,\s*)?((has|have|had)\s+)?((also|earlier|previously|already|first|recently|repeatedly)\s+)?(said|says|told|tells|stated|states|reported|reports|believes?|estimated|estimates|assessed|assesses|claimed|claims|announced|announces|confirmed|added|noted|warned|wrote|cited|cites|(publici[sz]ed|revealed|disclosed|released|published)(\s+(reports|information|figures|data|details|an? (estimate|assessment)))?\s+(that|on|of)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingVerbAfter();

    private static ClaimAnalysis Build(StoryContext ctx)
    {
        var resolver = new SourceResolver(ctx);
        var mentions = new List<ClaimMention>();
        foreach (var doc in ctx.Articles)
        {
            foreach (var q in doc.Quantities.OrderBy(q => q.Start))
            {
                if (q.Value is null && q.Max is null) continue;
                if (IsNotAFigure(doc, q)) continue;
                if (doc.IsRemoved(q.Start) || q.End > doc.Text.Length) continue;
                var m = FromQuantity(ctx, resolver, doc, q);
                if (m is not null) mentions.Add(m);
            }
            mentions.AddRange(StatusStatements.Find(resolver, doc));
        }

        var figures = mentions.Where(m => m.Status is null).ToList();
        var statuses = mentions.Where(m => m.Status is not null).ToList();
        var groups = new List<List<ClaimMention>>();
        // Blocked by what must be equal anyway (the value; the holder and status), so only candidates are compared.
        foreach (var block in figures.GroupBy(m => (m.Value, m.Max)))
            groups.AddRange(Cluster(block.ToList(), SameFigure));
        var matterOf = new Dictionary<ClaimMention, string>(ReferenceEqualityComparer.Instance);
        foreach (var holder in statuses.GroupBy(m => m.Source.Key, StringComparer.Ordinal))
        {
            var matters = Matters(holder.ToList());
            for (var k = 0; k < matters.Count; k++)
                foreach (var byStatus in matters[k].GroupBy(m => m.Status, StringComparer.Ordinal))
                {
                    var g = byStatus.ToList();
                    groups.Add(g);
                    foreach (var m in g) matterOf[m] = holder.Key + "#" + k.ToString(CultureInfo.InvariantCulture);
                }
        }

        // Ids follow the first version's position: article order, then offset.
        var order = ctx.Articles.Select((a, i) => (a.Article.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        string? MatterKey(List<ClaimMention> group) => matterOf.GetValueOrDefault(group[0]);
        var sorted = groups
            .Select(g => g.OrderBy(v => order[v.ArticleId]).ThenBy(v => v.Evidence.Start).ToList())
            .OrderBy(g => order[g[0].ArticleId]).ThenBy(g => g[0].Evidence.Start).ThenBy(g => g[0].Quantity?.Start ?? 0)
            .ToList();
        var result = new List<ClaimGroup>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var id = "c" + (i + 1).ToString(CultureInfo.InvariantCulture);
            result.Add(new ClaimGroup { Id = id, Versions = sorted[i], Claim = ToClaim(id, sorted[i]), Matter = MatterKey(sorted[i]) });
        }
        return new ClaimAnalysis(result);
    }

    /// <summary>One holder's stances split by what they are about: denying "arms transfers" is not denying "the
    /// troop movements", while "deploying forces" and "troop movements" share the thing moved. A stance on "it" (no
    /// content words) joins the holder's most reported matter, which is what the pronoun most plausibly refers to.</summary>
    private static List<List<ClaimMention>> Matters(List<ClaimMention> stances)
    {
        var withThing = stances.Where(m => m.Thing.Count > 0).ToList();
        var clusters = Cluster(withThing, (a, b) => FusionText.Containment(a.Thing, b.Thing) >= 0.5);
        var bare = stances.Where(m => m.Thing.Count == 0).ToList();
        if (bare.Count > 0)
        {
            if (clusters.Count == 0) clusters.Add([]);
            clusters.OrderByDescending(c => c.Select(v => v.ArticleId).Distinct().Count()).First().AddRange(bare);
        }
        return clusters;
    }

    private static List<List<ClaimMention>> Cluster(List<ClaimMention> items, Func<ClaimMention, ClaimMention, bool> same)
    {
        var uf = Enumerable.Range(0, items.Count).ToArray();
        int Find(int x) { while (uf[x] != x) x = uf[x] = uf[uf[x]]; return x; }
        for (var i = 0; i < items.Count; i++)
            for (var j = i + 1; j < items.Count; j++)
                if (same(items[i], items[j]))
                {
                    var (a, b) = (Find(i), Find(j));
                    if (a != b) uf[Math.Max(a, b)] = Math.Min(a, b);
                }
        return Enumerable.Range(0, items.Count).GroupBy(Find).Select(g => g.Select(i => items[i]).ToList()).ToList();
    }

    /// <summary>Same figure for the same thing: equal value (and upper bound), both or neither an increment
    /// ("another 1,500"), and compatible counted things. Qualifiers do not matter ("3,000" = "at least 3,000").</summary>
    public static bool SameFigure(ClaimMention a, ClaimMention b)
    {
        if (a.Value != b.Value || a.Max != b.Max) return false;
        if ((a.Change == "additional") != (b.Change == "additional")) return false;
        // A plan ("aims to deploy 10,000 by December") and a present count of the same size are different claims.
        if (a.Target != b.Target) return false;
        return SameThing(a, b);
    }

    /// <summary>Counted things compatible: same head noun (or synonym) when both have one, and most of the
    /// smaller description found in the larger.</summary>
    public static bool SameThing(ClaimMention a, ClaimMention b)
    {
        if (a.Head is not null && b.Head is not null && a.Head != b.Head && !a.Thing.Contains(b.Head) && !b.Thing.Contains(a.Head)) return false;
        if (a.Thing.Count == 0 || b.Thing.Count == 0) return a.Unit is not null && a.Unit == b.Unit;
        return FusionText.Containment(a.Thing, b.Thing) >= 0.5;
    }

    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal)
    { "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "decade", "decades", "century", "centuries" };

    /// <summary>Durations ("the past two years") belong to the timeline and "one of the largest" is not a count.</summary>
    private static bool IsNotAFigure(AnalyzedArticle doc, Quantity q)
    {
        var head = FusionText.Words(q.Unit ?? q.About ?? "").LastOrDefault();
        if (head is not null && TimeUnits.Contains(head)) return true;
        var after = doc.Text.AsSpan(q.End, Math.Min(4, doc.Text.Length - q.End)).ToString();
        if (q.Value == 1 && after.StartsWith(" of", StringComparison.Ordinal)) return true;
        // "the two countries", "both men": a small number after a definite determiner points back to things already
        // named; it does not report a count.
        return q.Value is < 10 && q.Max is null && DefiniteBefore().IsMatch(doc.Text.AsSpan(Math.Max(0, q.Start - 8), Math.Min(8, q.Start)).ToString());
    }

    private static ClaimMention? FromQuantity(StoryContext ctx, SourceResolver resolver, AnalyzedArticle doc, Quantity q)
    {
        var sentence = FusionText.SentenceAt(doc, q.Start)?.Span ?? LineAround(doc.Text, q.Start);
        var source = Attribution(resolver, doc, q.Span, sentence) ?? resolver.Outlet(doc);

        var (about, unit) = (q.About, q.Unit);
        if (about is null && unit is null && q.Value is not null) (about, unit) = ElidedThing(doc, q, sentence);
        var aboutKeys = FusionText.Keys(about ?? "");
        var unitKeys = FusionText.Keys(unit ?? "");
        var thing = new HashSet<string>(aboutKeys.Concat(unitKeys), StringComparer.Ordinal);
        thing.RemoveWhere(k => k.Any(char.IsDigit));
        var head = aboutKeys.Count > 0 ? aboutKeys[^1] : unitKeys.Count > 0 ? unitKeys[^1] : null;

        var (asOf, targetByDate) = DateFor(doc, q, sentence);
        var before = doc.Text[Math.Max(sentence.Start, q.Start - 60)..q.Start];
        var target = targetByDate || TargetCue().IsMatch(before);

        return new ClaimMention
        {
            Doc = doc, Evidence = sentence, Source = source, Quantity = q,
            Value = q.Value, Max = q.Max, Unit = unit, Qualifier = q.Qualifier, Change = q.Change,
            Thing = thing, Head = head, AsOf = asOf, Target = target,
            Statement = StatementFor(doc.Text, sentence, q),
        };
    }

    /// <summary>
    /// The counted thing of a bare figure whose noun the sentence left out: "the number of these forces has now
    /// doubled to 3,000" counts the forces; "1,500 more troops had gone to Russia, taking the total deployment to
    /// 3,000" counts what the figure before it in the same clause counts. Without this, the bare version of a
    /// figure cannot meet its versions in other articles. (null, null) when the sentence gives neither.
    /// </summary>
    internal static (string? About, string? Unit) ElidedThing(AnalyzedArticle doc, Quantity q, Span sentence)
    {
        var before = doc.Text[sentence.Start..q.Start];
        var number = NumberOf().Matches(before);
        if (number.Count > 0) return (number[^1].Groups["np"].Value, null);
        var previous = doc.Quantities
            .Where(o => o.End <= q.Start && o.Start >= sentence.Start && (o.About is not null || o.Unit is not null)
                        && SameClause(doc.Text, o.Span, q.Span))
            .OrderByDescending(o => o.Start).FirstOrDefault();
        if (previous is not null && TotalBefore().IsMatch(before[(previous.End - sentence.Start)..])) return (previous.About, previous.Unit);
        return (null, null);
    }

    // "the number of these forces ... to 3,000": the noun phrase after "number of", up to a verb-like break.
    [GeneratedRegex(@"\b(number|total|count|tally) of\s+(?:(?:the|these|those|its|their|such)\s+)?(?<np>(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?:s|ies|men|people|children))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberOf();

    // "..., taking/bringing the total (deployment) to" right before the bare figure.
    [GeneratedRegex(@"\b(taking|bringing|raising|pushing|lifting)\s+(the|its|their)\s+(overall\s+)?(total|tally|number|count|toll)(\s+[\w-]+)?\s+(to|up to)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TotalBefore();

    /// <summary>Who the sentence credits with the figure: the innermost quote covering it, else an "according to X"
    /// or an "X said" naming an entity in the same sentence; null means the outlet's own voice.</summary>
    internal static ClaimSource? Attribution(SourceResolver resolver, AnalyzedArticle doc, Span target, Span sentence)
    {
        // The innermost quote covering the figure whose cue reports speech ("promised", "aims" frame a commitment,
        // not who tells it).
        var covering = doc.Quotes
            .Where(qt => CoversSpan(qt, target) && !qt.Negated && !IsCommitmentCue(doc, qt))
            .OrderBy(qt => qt.End - qt.Start)
            .FirstOrDefault();
        if (covering is not null)
        {
            // A speech frame nested inside the quoted content ("He spoke after the spy chief told legislators that
            // 3,000 ...") names the figure's holder.
            var nested = NestedFrame(resolver, doc, covering.Start, target.Start, sentence);
            if (nested is not null) return nested;
            if (resolver.FromQuote(doc, covering) is { } fromQuote) return fromQuote;
        }

        // A quote in the same sentence whose attribution precedes the figure ("X said ... 3,000").
        // A commitment ("Pyongyang had promised to provide 10,000 troops, the lawmakers told journalists") is what the
        // figure is about, not who reports it, here as in the covering case above.
        var sameSentence = doc.Quotes.Where(qt => sentence.Contains(qt.Start) && qt.Start <= target.Start && qt.Speaker is not null && !qt.Negated && !IsCommitmentCue(doc, qt))
            .OrderByDescending(qt => qt.Start).FirstOrDefault();
        if (sameSentence is not null && resolver.FromQuote(doc, sameSentence) is { } near) return near;

        var text = doc.Text;
        var sText = text[sentence.Start..sentence.End];
        // "The agency assessed that ...", "..., the lawmakers told journalists."
        var ds = DescriptionSaid().Match(sText);
        if (ds.Success)
        {
            var np = ds.Groups["np"];
            return resolver.FromHolder(doc, null, np.Value, new Span(sentence.Start + np.Index, sentence.Start + np.Index + np.Length));
        }
        var acc = AccordingTo().Match(sText);
        if (acc.Success)
        {
            var at = sentence.Start + acc.Index + acc.Length;
            var m = doc.Mentions.Where(mm => mm.Start >= at && mm.Start <= at + 12).OrderBy(mm => mm.Start).FirstOrDefault();
            if (m is not null) return resolver.FromHolder(doc, m.Entity, m.Canonical, m.Span);
        }
        foreach (var m in doc.Mentions.Where(mm => sentence.Contains(mm.Start) && mm.Kind != EntityKind.Place).OrderBy(mm => mm.Start))
        {
            if (m.End >= sentence.End) continue;
            if (!SameClause(text, target, m.Span)) continue;
            if (ReportingVerbAfter().IsMatch(text.AsSpan(m.End, Math.Min(40, sentence.End - m.End)).ToString()))
                return resolver.FromHolder(doc, m.Entity, m.Canonical, m.Span);
        }
        // Places that stand for a government ("the United States ... expressed evidence", "Seoul said").
        foreach (var m in doc.Mentions.Where(mm => sentence.Contains(mm.Start) && mm.Kind == EntityKind.Place && mm.Start < target.Start).OrderBy(mm => mm.Start))
        {
            if (SourceResolver.GovernmentOf(m.Canonical) is null) continue;
            var between = text[m.End..target.Start];
            if (GovernmentSpeechVerb().IsMatch(between) && between.Length < 120)
                return resolver.FromHolder(doc, m.Entity, m.Canonical, m.Span);
        }
        return null;
    }

    [GeneratedRegex(@"\b(promised|promises|pledged|pledges|vowed|vows|aims?|planned|plans?|threatened|threatens|intends?|hopes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommitmentCue();

    [GeneratedRegex(@"(?<np>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+(told|said|says|stated|informed|assessed|believes|believe|estimated|reported|cited)\b[^.]*$")]
    private static partial Regex FrameBefore();

    private static bool IsCommitmentCue(AnalyzedArticle doc, Quote q)
    {
        if (q.Cue is { } c && c.End <= doc.Text.Length && CommitmentCue().IsMatch(doc.Text[c.Start..c.End])) return true;
        // "Pyongyang had promised to provide [about 10,000 troops]": the words between speaker and content.
        return q.Speaker is { } sp && sp.End <= q.Start && q.Start - sp.End < 40 && CommitmentCue().IsMatch(doc.Text[sp.End..q.Start]);
    }

    [GeneratedRegex(@"\b(?<np>[Tt]he\s+(?:[a-z-]+\s+){0,3}?(agency|ministry|service|lawmakers|legislators|officials?|government|military|office|spokes\w+|council|committee))\s+(said|says|told|stated|assessed|believes|reported|estimated|added|confirmed)\b")]
    private static partial Regex DescriptionSaid();

    private static ClaimSource? NestedFrame(SourceResolver resolver, AnalyzedArticle doc, int from, int figure, Span sentence)
    {
        var start = Math.Max(from, sentence.Start);
        if (figure <= start) return null;
        var m = FrameBefore().Match(doc.Text[start..figure]);
        if (!m.Success) return null;
        var np = m.Groups["np"];
        var npStart = start + np.Index;
        var npEnd = npStart + np.Length;
        // Only a holder that names someone: an entity mention in the phrase, or an institution/role description.
        var mention = doc.Mentions.Where(x => x.Start >= npStart && x.End <= npEnd).OrderByDescending(x => x.End).FirstOrDefault();
        var phrase = TrimToHolder(np.Value);
        if (phrase.Length == 0) return null;
        // "Cho said his agency assessed": the possessive points back to the quote's own speaker.
        if (PossessivePronounStart().IsMatch(phrase)) return null;
        if (SourceResolver.DescribesRole(phrase)) return resolver.FromHolder(doc, null, phrase, new Span(npStart, npEnd));
        if (mention is not null && mention.Kind != EntityKind.Place) return resolver.FromHolder(doc, mention.Entity, mention.Canonical, mention.Span);
        return null;
    }

    /// <summary>"He spoke after South Korea’s spy chief" → "South Korea’s spy chief": the noun phrase after the last
    /// lower-case function word.</summary>
    private static string TrimToHolder(string np)
    {
        var words = np.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cut = 0;
        for (var i = 0; i < words.Length; i++)
            if (words[i] is "after" or "that" or "when" or "as" or "while" or "and" or "but" or "because" or "since" or "before" or "said" or "told") cut = i + 1;
        return string.Join(' ', words[cut..]);
    }

    [GeneratedRegex(@"(;|,\s*while\b|\swhile\s|,\s*but\b|,\s*whereas\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    /// <summary>False when a clause break ("; ", ", while", ", but") separates the two spans: "1,500 ... last week,
    /// while Zelensky had earlier said ... 10,000" gives neither the other's date or holder.</summary>
    internal static bool SameClause(string text, Span a, Span b)
    {
        var (from, to) = a.End <= b.Start ? (a.End, b.Start) : (b.End, a.Start);
        return to <= from || !ClauseBreak().IsMatch(text.AsSpan(from, to - from).ToString());
    }

    private static bool CoversSpan(Quote q, Span s)
    {
        if (q.Parts.Count > 0) return q.Parts.Any(p => p.Start <= s.Start && s.End <= p.End);
        return q.Start <= s.Start && s.End <= q.End;
    }

    /// <summary>The date the sentence gives for the figure: the nearest dated expression in the sentence; a
    /// deadline ("by December") marks the figure as a target.</summary>
    private static (string? AsOf, bool Target) DateFor(AnalyzedArticle doc, Quantity q, Span sentence)
    {
        TimeExpression? best = null;
        var bestDist = int.MaxValue;
        foreach (var t in doc.Times)
        {
            if (t.Type != TimeType.Date || t.Value is null || !sentence.Contains(t.Start)) continue;
            if (!char.IsDigit(t.Value[0])) continue;
            // "since 2006" opens a period; it is not the moment the figure holds.
            if (t.Mod is "AFTER" or "START" or "ON_OR_AFTER") continue;
            var dist = t.Start >= q.End ? t.Start - q.End : q.Start - t.End;
            if (dist < 0) continue;
            if (!SameClause(doc.Text, q.Span, t.Span)) continue;
            if (dist < bestDist) { best = t; bestDist = dist; }
        }
        if (best is null) return (null, false);
        var before = doc.Text[Math.Max(sentence.Start, best.Start - 4)..best.Start];
        var deadline = DeadlineBy().IsMatch(before) && best.Start > q.End;
        var isFuture = doc.Article.Published is { } pub && string.CompareOrdinal(FusionText.SortableDate(best.Value!), pub.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) > 0
            && !best.Value!.StartsWith(pub.ToString("yyyy-MM", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return (best.Value, deadline || isFuture);
    }

    private static Span LineAround(string text, int offset)
    {
        var s = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        var e = text.IndexOf('\n', offset);
        if (e < 0) e = text.Length;
        return new Span(s, e);
    }

    /// <summary>A short statement in the article's words: the clause holding the figure, from its subject (after
    /// "said"/"that"/":" when the figure is reported) to the clause's end, at most 16 words.</summary>
    internal static string StatementFor(string text, Span sentence, Quantity q)
    {
        var start = sentence.Start;
        var head = text[sentence.Start..q.Start];
        var cut = StatementStartCut().Matches(head);
        if (cut.Count > 0)
        {
            var last = cut[^1];
            start = sentence.Start + last.Index + last.Length;
        }
        var tail = text[q.End..sentence.End];
        var endMatch = StatementEnd().Match(tail);
        var end = endMatch.Success ? q.End + endMatch.Index : sentence.End;
        var words = text[start..end].Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        // At most 16 words, but never cut inside the figure or the words right after it that say what it counts
        // ("... two units with possibly up to 12,000 North Korean troops", not "... with possibly up").
        var figureEnd = text[start..Math.Min(end, q.End)].Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        // The counted thing written right after the figure belongs to it ("12,000 North Korean troops").
        var thing = (q.About ?? q.Unit)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (thing.Length > 0 && figureEnd < words.Length && words[figureEnd].StartsWith(thing[0], StringComparison.OrdinalIgnoreCase))
            figureEnd = Math.Min(words.Length, figureEnd + thing.Length);
        var keep = Math.Min(words.Length, Math.Max(16, figureEnd + 2));
        // "two units with possibly up to 12,000 troops": function words then another figure open that figure's own
        // phrase; this statement ends with its own counted thing.
        var next = figureEnd;
        while (next < words.Length && next < figureEnd + 6 && DanglingWord().IsMatch(words[next])) next++;
        if (next > figureEnd && next < words.Length && char.IsDigit(words[next][0])) keep = figureEnd;
        // A cut after "with possibly up" or "troops who" leaves a dangling phrase: run on over function words (a
        // few at most), then drop any still left at the end.
        while (keep < words.Length && keep < figureEnd + 8 && DanglingWord().IsMatch(words[keep - 1])) keep++;
        // A relative clause after the counted thing ("... troops who would take part") is the next statement.
        for (var i = figureEnd; i < keep; i++)
            if (words[i] is "who" or "which" or "whose") { keep = i; break; }
        while (keep > figureEnd + 1 && DanglingWord().IsMatch(words[keep - 1])) keep--;
        var statement = string.Join(' ', words.Take(keep)).Trim().Trim('"', '“', '”', ',', '.');
        if (statement.Length > 0 && char.IsLower(statement[0])) statement = char.ToUpperInvariant(statement[0]) + statement[1..];
        return statement;
    }

    /// <summary>The version's statement a reader should see for the whole claim: one that begins at a clause's
    /// subject (not "Taking the total to 3,000", "But ..."), names what the figure counts, and shares most words with
    /// the other versions (the wording the outlets have in common); shorter wins a tie.</summary>
    internal static string? BestStatement(IReadOnlyList<ClaimMention> versions)
    {
        var candidates = versions.Where(v => v.Statement.Length > 0).ToList();
        if (candidates.Count == 0) return null;
        var keys = candidates.Select(v => new HashSet<string>(FusionText.Keys(v.Statement), StringComparer.Ordinal)).ToList();
        var best = -1;
        var bestScore = double.MinValue;
        for (var i = 0; i < candidates.Count; i++)
        {
            var v = candidates[i];
            var score = 0.0;
            var firstWord = v.Statement.Split(' ', 2)[0].Trim('"', '“', '‘', '(').ToLowerInvariant();
            if (WeakOpening().IsMatch(firstWord)) score -= 3;
            if (v.Head is not null && FusionText.Keys(v.Statement).Contains(v.Head)) score += 2;
            for (var j = 0; j < candidates.Count; j++)
                if (j != i) score += FusionText.Containment(keys[i], keys[j]);
            score -= v.Statement.Length / 400.0;
            if (score > bestScore) { best = i; bestScore = score; }
        }
        return candidates[best].Statement;
    }

    [GeneratedRegex(@"\b(the|these|those|both|its|their|his|her|our)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DefiniteBefore();

    [GeneratedRegex(@"^(with|up|to|of|the|a|an|possibly|about|some|nearly|around|at|least|more|than|who|which|that|and|or|in|on|for|by|from|as|its|their|his|her)$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingWord();

    // A statement should not open on a participle, a conjunction or a preposition: it is then a fragment of a clause.
    [GeneratedRegex(@"^(\w+ing|and|but|or|while|as|after|before|since|because|although|though|with|by|to|of|in|on|at|for|from|which|who|whose|whom|where|when|than)$")]
    private static partial Regex WeakOpening();

    private static Claim ToClaim(string id, List<ClaimMention> versions)
    {
        var first = versions[0];
        var sources = versions.Select(v => v.Source).GroupBy(s => s.Key, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var qualifiers = versions.Select(v => v.Qualifier).Distinct().ToList();
        var asOf = versions.Where(v => v.AsOf is not null).GroupBy(v => v.AsOf!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        var statement = BestStatement(versions) ?? first.Statement;
        var evidence = versions
            .Select(v => FusionText.SpanOf(v.Doc, v.Evidence.Start, v.Evidence.End))
            .Distinct()
            .ToList();
        return new Claim(id, statement)
        {
            Kind = first.Status is null ? "figure" : "status",
            Status = first.Status,
            Value = first.Value,
            Max = first.Max,
            Qualifier = qualifiers.Count == 1 ? qualifiers[0] : null,
            Unit = versions.Select(v => v.Unit).FirstOrDefault(u => u is not null),
            AsOf = asOf,
            Target = versions.All(v => v.Target),
            Sources = sources.Select(s => s.Id).Distinct(StringComparer.Ordinal).ToList(),
            SourceNames = sources.GroupBy(s => s.Id, StringComparer.Ordinal).Select(g => g.First().Name).ToList(),
            Evidence = evidence,
            ArticleCount = versions.Select(v => v.ArticleId).Distinct(StringComparer.Ordinal).Count(),
            IndependentSources = sources.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count(),
        };
    }

    [GeneratedRegex(@"\b(said|says|told|stated|believes?|expressed|confirmed|announced|reported|estimated|assessed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GovernmentSpeechVerb();

    [GeneratedRegex(@"^(his|her|its|their|our|my)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PossessivePronounStart();

    [GeneratedRegex(@"\bby\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineBy();

    [GeneratedRegex(@"(\bthat\b|\bsaid\b|\bsays\b|:|\bwhile\b|\bbut\b|;|, )", RegexOptions.IgnoreCase)]
    private static partial Regex StatementStartCut();

    [GeneratedRegex(@"(, (?!000)|;| - | – | — |\bbut\b|\bwhile\b|\bbefore being\b|(?<!\b[A-Z])[.!?](\s|$|[""”]))")]
    private static partial Regex StatementEnd();
}
