using Triangulate.Documents;

namespace Triangulate.Extraction.Quotes.Evaluation;

/// <summary>Precision/recall/F1 of content spans plus speaker and cue accuracy over matched attributions.</summary>
public sealed record AttributionScore(
    int Gold, int Predicted, int Matched, int ExactMatched, int MatchedWithGoldSource, int SpeakerCorrect,
    int MatchedWithGoldCue, int CueCorrect)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double ExactPrecision => Predicted == 0 ? 0 : (double)ExactMatched / Predicted;
    public double ExactRecall => Gold == 0 ? 0 : (double)ExactMatched / Gold;
    public double ExactF1 => ExactPrecision + ExactRecall == 0 ? 0 : 2 * ExactPrecision * ExactRecall / (ExactPrecision + ExactRecall);
    public double SpeakerAccuracy => MatchedWithGoldSource == 0 ? 0 : (double)SpeakerCorrect / MatchedWithGoldSource;
    public double CueAccuracy => MatchedWithGoldCue == 0 ? 0 : (double)CueCorrect / MatchedWithGoldCue;

    public static AttributionScore operator +(AttributionScore a, AttributionScore b) => new(
        a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched, a.ExactMatched + b.ExactMatched,
        a.MatchedWithGoldSource + b.MatchedWithGoldSource, a.SpeakerCorrect + b.SpeakerCorrect,
        a.MatchedWithGoldCue + b.MatchedWithGoldCue, a.CueCorrect + b.CueCorrect);

    public static AttributionScore Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);
}

/// <summary>
/// Scores predicted quotes against PolNeAR attributions (interim scorer; reconciled with the evaluation helper's
/// PolnearScoring once merged). Definitions:
/// <list type="bullet">
/// <item>Content characters are the span's characters minus whitespace and quotation marks (PolNeAR content
/// includes the marks, ours does not). A prediction matches a gold attribution when the shared characters are at
/// least half of the longer of the two (overlap ≥ 0.5), one-to-one, greedily by overlap. Exact: the same
/// characters once punctuation is ignored too.</item>
/// <item>Gold direct quotes are attributions whose content, trimmed of spaces and trailing punctuation, begins
/// with an opening double mark and ends with a closing one; predicted direct quotes are those of kind direct.</item>
/// <item>Speaker accuracy: share of matched pairs with a gold source whose predicted speaker span overlaps it.
/// Cue accuracy likewise with the cue span.</item>
/// </list>
/// </summary>
public static class QuoteScoring
{
    public static bool IsGoldDirect(string text, GoldAttribution g)
    {
        var first = g.Content[0];
        var last = g.Content[^1];
        var s = first.Start;
        var e = last.End;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is '.' or ',' or ';' or ':')) e--;
        if (e - s < 2) return false;
        return text[s] is '“' or '"' && text[e - 1] is '”' or '"';
    }

    public static AttributionScore Score(string text, IReadOnlyList<GoldAttribution> gold, IReadOnlyList<Quote> predicted)
    {
        var goldSets = gold.Select(g => Chars(text, g.Content, ignorePunct: false)).ToArray();
        var predSets = predicted.Select(p => Chars(text, PredictedContent(p), ignorePunct: false)).ToArray();
        var pairs = new List<(double Overlap, int G, int P)>();
        for (var gi = 0; gi < gold.Count; gi++)
        {
            if (goldSets[gi].Count == 0) continue;
            for (var pi = 0; pi < predicted.Count; pi++)
            {
                if (predSets[pi].Count == 0) continue;
                var inter = goldSets[gi].Count < predSets[pi].Count
                    ? goldSets[gi].Count(predSets[pi].Contains)
                    : predSets[pi].Count(goldSets[gi].Contains);
                if (inter == 0) continue;
                var overlap = (double)inter / Math.Max(goldSets[gi].Count, predSets[pi].Count);
                if (overlap >= 0.5) pairs.Add((overlap, gi, pi));
            }
        }
        var usedG = new bool[gold.Count];
        var usedP = new bool[predicted.Count];
        int matched = 0, exact = 0, withSource = 0, speakerOk = 0, withCue = 0, cueOk = 0;
        foreach (var (_, gi, pi) in pairs.OrderByDescending(x => x.Overlap).ThenBy(x => x.G).ThenBy(x => x.P))
        {
            if (usedG[gi] || usedP[pi]) continue;
            usedG[gi] = usedP[pi] = true;
            matched++;
            var g = gold[gi];
            var p = predicted[pi];
            if (Chars(text, g.Content, true).SetEquals(Chars(text, PredictedContent(p), true))) exact++;
            if (g.Source.Count > 0)
            {
                withSource++;
                if (p.Speaker is { } sp && g.Source.Any(s => s.Overlaps(sp.Span))) speakerOk++;
            }
            if (g.Cue.Count > 0)
            {
                withCue++;
                if (p.Cue is { } c && g.Cue.Any(s => s.Overlaps(c))) cueOk++;
            }
        }
        return new AttributionScore(goldSets.Count(s => s.Count > 0), predicted.Count, matched, exact, withSource, speakerOk, withCue, cueOk);
    }

    private static IReadOnlyList<Span> PredictedContent(Quote q) => q.Parts.Count > 0 ? q.Parts : [q.Span];

    private static HashSet<int> Chars(string text, IReadOnlyList<Span> spans, bool ignorePunct)
    {
        var set = new HashSet<int>();
        foreach (var s in spans)
            for (var i = Math.Max(0, s.Start); i < Math.Min(text.Length, s.End); i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c) || c is '"' or '“' or '”' or '‘' or '’' or '\'') continue;
                if (ignorePunct && char.IsPunctuation(c)) continue;
                set.Add(i);
            }
        return set;
    }
}
