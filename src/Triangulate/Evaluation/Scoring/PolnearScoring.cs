using Triangulate.Documents;
using Triangulate.Evaluation.Data;

namespace Triangulate.Evaluation.Scoring;

/// <summary>Attribution scoring counts, additive over documents.</summary>
public readonly record struct AttributionCounts(
    int Gold, int Predicted, int Matched, int ExactContent,
    int MatchedWithGoldSource, int SourceCorrect, int MatchedWithGoldCue, int CueCorrect, int KindCorrect,
    int GoldDirect, int PredictedDirect, int MatchedDirect)
{
    public static AttributionCounts operator +(AttributionCounts a, AttributionCounts b) => new(
        a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched, a.ExactContent + b.ExactContent,
        a.MatchedWithGoldSource + b.MatchedWithGoldSource, a.SourceCorrect + b.SourceCorrect,
        a.MatchedWithGoldCue + b.MatchedWithGoldCue, a.CueCorrect + b.CueCorrect, a.KindCorrect + b.KindCorrect,
        a.GoldDirect + b.GoldDirect, a.PredictedDirect + b.PredictedDirect, a.MatchedDirect + b.MatchedDirect);

    /// <summary>Attribution found: content overlaps a gold content by ≥ half of the longer of the two.</summary>
    public Prf Content => Prf.FromCounts(Matched, Predicted, Gold);
    /// <summary>Content with identical boundaries (ignoring surrounding white space and punctuation).</summary>
    public Prf ContentExact => Prf.FromCounts(ExactContent, Predicted, Gold);
    /// <summary>Speaker accuracy: of matched attributions whose gold has a source, the share whose predicted source
    /// overlaps the gold source (the Gender Gap Tracker "speaker accuracy").</summary>
    public double SourceAccuracy => Prf.Ratio(SourceCorrect, MatchedWithGoldSource);
    public double CueAccuracy => Prf.Ratio(CueCorrect, MatchedWithGoldCue);
    public double KindAccuracy => Prf.Ratio(KindCorrect, Matched);
    /// <summary>Direct quotations only (gold direct vs predicted direct, same content matching).</summary>
    public Prf Direct => Prf.FromCounts(MatchedDirect, PredictedDirect, GoldDirect);
}

/// <summary>
/// Scores predicted attributions against PolNeAR gold for one document. Predictions are plain
/// <see cref="PolnearAttribution"/> records (content pieces, optional source and cue, kind), so any quote extractor can
/// plug in through <see cref="FromQuote"/>. Content pieces are compared by shared characters:
/// overlap = Σ piece overlaps / max(gold characters, predicted characters), matched one-to-one greedily at ≥ 0.5.
/// </summary>
public static class PolnearScoring
{
    public const double ContentThreshold = 0.5;

    public static AttributionCounts Score(string text, IReadOnlyList<PolnearAttribution> gold, IReadOnlyList<PolnearAttribution> predicted)
    {
        var alignment = SpanScoring.AlignBy(gold.Count, predicted.Count, (g, p) =>
        {
            var r = OverlapRatio(gold[g].Content, predicted[p].Content);
            return r >= ContentThreshold ? r : null;
        });
        int exact = 0, withSource = 0, source = 0, withCue = 0, cue = 0, kind = 0;
        foreach (var (g, p) in alignment.Pairs)
        {
            var gd = gold[g]; var pr = predicted[p];
            if (Trimmed(text, gd.Content).SequenceEqual(Trimmed(text, pr.Content))) exact++;
            if (gd.HasSource)
            {
                withSource++;
                if (AnyOverlap(gd.Source, pr.Source)) source++;
            }
            if (gd.Cue.Count > 0)
            {
                withCue++;
                if (AnyOverlap(gd.Cue, pr.Cue)) cue++;
            }
            if (gd.Kind == pr.Kind) kind++;
        }

        var goldDirect = Enumerable.Range(0, gold.Count).Where(i => gold[i].Kind == QuoteKind.Direct).ToList();
        var predDirect = Enumerable.Range(0, predicted.Count).Where(i => predicted[i].Kind == QuoteKind.Direct).ToList();
        var direct = SpanScoring.AlignBy(goldDirect.Count, predDirect.Count, (g, p) =>
        {
            var r = OverlapRatio(gold[goldDirect[g]].Content, predicted[predDirect[p]].Content);
            return r >= ContentThreshold ? r : null;
        });

        return new AttributionCounts(gold.Count, predicted.Count, alignment.Matched, exact, withSource, source, withCue, cue, kind,
            goldDirect.Count, predDirect.Count, direct.Matched);
    }

    /// <summary>Overlap of two piece lists relative to the larger total length.</summary>
    public static double OverlapRatio(IReadOnlyList<Span> a, IReadOnlyList<Span> b)
    {
        long shared = 0;
        foreach (var x in a) foreach (var y in b) shared += x.OverlapLength(y);
        var longer = Math.Max(a.Sum(s => (long)s.Length), b.Sum(s => (long)s.Length));
        return longer == 0 ? 0 : (double)shared / longer;
    }

    private static bool AnyOverlap(IReadOnlyList<Span> a, IReadOnlyList<Span> b)
        => a.Any(x => b.Any(y => x.Overlaps(y)));

    private static IEnumerable<Span> Trimmed(string text, IReadOnlyList<Span> pieces)
    {
        foreach (var p in pieces)
        {
            int s = p.Start, e = p.End;
            while (s < e && IsEdge(text[s])) s++;
            while (e > s && IsEdge(text[e - 1])) e--;
            if (e > s) yield return new Span(s, e);
        }
    }

    private static bool IsEdge(char c) => char.IsWhiteSpace(c) || c is ',' or '.' or ';' or ':' or '!' or '?'
        or '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019';

    /// <summary>Turns an extractor's <see cref="Quote"/> into the plain record the scorer takes.</summary>
    public static PolnearAttribution FromQuote(Quote q, int index)
    {
        IReadOnlyList<Span> content = q.Parts.Count > 0 ? q.Parts : [q.Span];
        IReadOnlyList<Span> source = q.Speaker is { } sp ? [sp.Span] : [];
        IReadOnlyList<Span> cue = q.Cue is { } c ? [c] : [];
        return new PolnearAttribution($"P{index + 1}", source, cue, content, q.Kind);
    }
}
