using System.Globalization;
using Triangulate.Extraction.Quotes;

namespace Triangulate.Fusion.Stories;

/// <summary>The learned join score (<see cref="StoryOptions.LearnedJoin"/>): the probability, from a logistic model
/// over features of one article and one candidate story, that the article reports the story's event. The features
/// describe event identity rather than topic — the tf-idf cosine in bins, and whether the two share or contradict
/// each other on repeated names, participants, places, organisations, numbers, resolved dates and years, rare
/// bigrams and lead words. Trained on ECB+ train topics by <c>tools/StoryEval --train-join</c> (docs/EVALUATION.md),
/// where the hard negatives are the candidate stories of the same topic and another sub-topic.</summary>
public static class StoryJoin
{
    private static readonly Lazy<LogisticModel?> _shipped = new(() => LogisticModel.FromResource("story-join-model.tsv"));

    /// <summary>The model shipped as a resource (null when absent).</summary>
    public static LogisticModel? Shipped => _shipped.Value;

    private static readonly double[] CosineSteps = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7];

    /// <summary>The pair's features, as strings (each present counts 1 in <see cref="LogisticModel"/>).</summary>
    public static string[] Features(StoryArticle a, StoryProfile s, StoryEvidence e, StreamIdf idf, StoryOptions o)
    {
        var f = new List<string>(48);
        // cosine as cumulative steps: the model fits a monotone piecewise-constant curve
        // cosine as cumulative steps (the model fits a monotone step curve), one curve per story size: the cosine to
        // the centroid of many articles runs higher than to one article
        var n = s.Articles.Count;
        var size = n switch { 1 => "1", <= 3 => "2-3", _ => "4+" };
        f.Add("size" + size);
        foreach (var t in CosineSteps)
            if (e.Centroid >= t) { var step = "cos>=" + t.ToString("0.00", CultureInfo.InvariantCulture); f.Add(step); f.Add(step + "|size" + size); }
        if (e.Gated) f.Add("gate");

        // repeated single-word names: how many of the article's the story has never written, and of the story's
        // the article does not write
        var gateA = a.GateNames.Count(k => !s.DocCount.ContainsKey(k));
        var gateS = s.GateNames(idf, o.SalientNames).Count(k => !a.Contains(k));
        var gateShared = a.GateNames.Count(k => s.DocCount.ContainsKey(k));
        Steps(f, "nameA", gateA, 2); Steps(f, "nameS", gateS, 2); Steps(f, "nameShared", gateShared, 3);
        if (gateA > 0 && gateS > 0) f.Add("nameBoth");

        // the people, places, organisations the mentions stage found: the article's repeated ones the story's
        // articles mostly lack, and the story's main ones the article lacks
        Compare(f, "per", a, s, FeatureKind.Participant);
        Compare(f, "place", a, s, FeatureKind.Place);
        Compare(f, "org", a, s, FeatureKind.Organization);

        // numbers other than years (counts, magnitudes, scores, ages)
        var numbers = Keys(a, FeatureKind.Number).ToList();
        var storyNumbers = s.Identity(FeatureKind.Number);
        var sharedNumbers = numbers.Count(storyNumbers.Contains);
        Steps(f, "numShared", sharedNumbers, 3);
        if (sharedNumbers == 0 && numbers.Count >= 2 && storyNumbers.Count >= 2) f.Add("numConflict");

        // resolved dates (day and month) and explicit years
        var dates = a.Features.Where(x => x.Key.StartsWith("d:", StringComparison.Ordinal)).Select(x => x.Key).ToList();
        var storyDates = s.Identity(FeatureKind.Date);
        if (dates.Count > 0 && storyDates.Count > 0)
        {
            f.Add(dates.Any(storyDates.Contains) ? "dateShared" : "dateConflict");
            var months = storyDates.Where(d => d.Length >= 9).Select(d => d[..9]).ToHashSet(StringComparer.Ordinal);
            if (dates.Any(d => d.Length >= 9)) f.Add(dates.Any(d => d.Length >= 9 && months.Contains(d[..9])) ? "monthShared" : "monthConflict");
        }
        if (e.SharedYear) f.Add("yearShared");
        if (e.YearConflict) f.Add("yearConflict");

        // rare bigrams (in at most a tenth of the stream's articles) and lead words
        var maxDf = Math.Max(3, (int)(0.1 * idf.Articles));
        var bigrams = 0; var rareShared = 0;
        var leadWords = 0; var leadShared = 0;
        foreach (var x in a.Extras)
        {
            if (x.Kind == FeatureKind.Bigram)
            {
                bigrams++;
                if (s.DocCount.ContainsKey(x.Key) && idf.DocumentFrequency(x.Key) <= maxDf) rareShared++;
            }
            else if (x.Kind == FeatureKind.Lead)
            {
                leadWords++;
                if (s.DocCount.ContainsKey(x.Key)) leadShared++;
            }
        }
        foreach (var t in (int[])[1, 2, 3, 6, 11]) if (rareShared >= t) f.Add("bigram>=" + t);
        if (leadWords > 0)
        {
            var share = (double)leadShared / leadWords;
            f.Add("lead" + (share switch { 0 => "0", < 0.2 => "<0.2", < 0.4 => "<0.4", < 0.6 => "<0.6", _ => ">=0.6" }));
        }
        return f.ToArray();
    }

    /// <summary>Count features as cumulative steps ("nameA>=1", "nameA>=2"), up to <paramref name="max"/>.</summary>
    private static void Steps(List<string> f, string name, int count, int max)
    {
        for (var t = 1; t <= Math.Min(count, max); t++) f.Add(name + ">=" + t.ToString(CultureInfo.InvariantCulture));
    }

    private static IEnumerable<string> Keys(StoryArticle a, FeatureKind kind)
        => a.Extras.Where(x => x.Kind == kind).Select(x => x.Key)
            .Concat(a.Features.Where(x => x.Kind == kind).Select(x => x.Key));

    /// <summary>Shared and conflicting entities of one kind: the article's repeated ones (weight of two mentions)
    /// the story has and lacks, and the story's ones most of its articles carry that the article lacks.</summary>
    private static void Compare(List<string> f, string name, StoryArticle a, StoryProfile s, FeatureKind kind)
    {
        var mine = a.Extras.Where(x => x.Kind == kind).Concat(a.Features.Where(x => x.Kind == kind)).ToList();
        if (mine.Count == 0) { f.Add(name + "None"); return; }
        var repeated = mine.Where(x => x.Weight >= 1.6).ToList();
        var shared = repeated.Count(x => s.DocCount.ContainsKey(x.Key));
        var missing = repeated.Count - shared;
        var n = s.Articles.Count;
        var storyMain = s.Identity(kind).Where(k => s.DocCount[k] * 2 > n || (n == 1 && s.TfSum[k] >= 1.6)).ToList();
        var theirs = storyMain.Count(k => !mine.Any(x => x.Key == k));
        Steps(f, name + "Shared", shared, 2);
        Steps(f, name + "A", missing, 2);
        Steps(f, name + "S", theirs, 2);
        if (missing > 0 && theirs > 0) f.Add(name + "Both");
        if (s.Identity(kind).Count > 0 && !mine.Any(x => s.DocCount.ContainsKey(x.Key))) f.Add(name + "Disjoint");
    }
}
