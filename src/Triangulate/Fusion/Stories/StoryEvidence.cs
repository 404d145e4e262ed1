namespace Triangulate.Fusion.Stories;

/// <summary>What speaks for and against an article belonging to a story: how similar it is to the story's centroid,
/// whether the years they state agree, whether each side keeps naming someone the other does not (two fights of one
/// boxer share the boxer, not the opponent; two quakes on one island share the island, not the year), and whether
/// the hard name gate (<see cref="StoryOptions.NameConflicts"/>) closes.</summary>
public sealed record StoryEvidence(double Centroid, bool SharedYear, bool YearConflict, double NameConflict, bool Gated)
{
    /// <summary>The centroid cosine corrected by the date and participant evidence: the article joins the story
    /// when this reaches <see cref="StoryOptions.JoinThreshold"/> (and the gate is open).</summary>
    public double Score(StoryOptions o)
        => Centroid + (SharedYear ? o.SharedYearBonus : 0) - (YearConflict ? o.YearConflictPenalty : 0) - o.NameConflictPenalty * NameConflict;

    public static StoryEvidence Of(StoryArticle a, StoryProfile s, StreamIdf idf, StoryOptions o)
    {
        double dot = 0, nd = 0;
        foreach (var (k, v) in a.Vector)
        {
            var i = idf.Of(k);
            var w = v * i;
            nd += w * w;
            if (s.Sum.TryGetValue(k, out var c)) dot += w * c * i;
        }
        var nc = s.CentroidNormSquared(idf);
        var centroid = nd == 0 || nc == 0 ? 0 : dot / Math.Sqrt(nd * nc);

        var sharedYear = false;
        foreach (var y in a.Years) if (s.Years.ContainsKey(y)) { sharedYear = true; break; }
        var yearConflict = !sharedYear && a.Years.Count > 0 && s.Years.Count > 0;

        var nameConflict = 0.0;
        if (o.NameConflictPenalty != 0)
        {
            // How far the story's articles are from naming whom the article keeps naming (a name one background
            // article drops does not make the story about that person) ...
            var articleMissing = a.SalientNames.Count == 0 ? 0
                : a.SalientNames.Average(k => 1 - (double)s.DocCount.GetValueOrDefault(k) / s.Articles.Count);
            // ... times how many of the names the story keeps repeating the article never writes: both must hold,
            // since an article may well add a new name to its story, or leave out one of its names.
            var storyNames = s.SalientNames(idf, o.SalientNames).ToArray();
            var storyMissing = storyNames.Length == 0 ? 0 : (double)storyNames.Count(k => !a.Contains(k)) / storyNames.Length;
            nameConflict = articleMissing * storyMissing;
        }
        var gated = (o.NameConflicts && GateMissing(a, s, idf, o).Any()) || (o.LeadConflicts && LeadMissing(a, s, o).Any())
            || (o.LeadNumbers && NumbersMissing(a, s, o).Any());
        return new StoryEvidence(centroid, sharedYear, yearConflict, nameConflict, gated);
    }

    /// <summary>The hard gate: the story's repeated capitalised names the article never writes, if the article
    /// repeats one the story never has (empty otherwise). Two events of one kind share most words and even a name;
    /// they differ in a protagonist each side keeps repeating and the other never mentions.</summary>
    private static IEnumerable<string> GateMissing(StoryArticle a, StoryProfile s, StreamIdf idf, StoryOptions o)
        => a.GateNames.Any(k => !s.DocCount.ContainsKey(k))
            ? s.GateNames(idf, o.SalientNames).Where(k => !a.Contains(k))
            : [];

    /// <summary>The lead test: the names most of the story's leads write that the article never mentions, if the
    /// article's lead writes a name the story never mentions (empty otherwise).</summary>
    private static IEnumerable<string> LeadMissing(StoryArticle a, StoryProfile s, StoryOptions o)
        => s.Articles.Count >= o.LeadMinArticles && a.LeadNames.Any(k => !s.DocCount.ContainsKey(k) && !s.HasNameLike(k))
            ? s.LeadNames.Where(kv => kv.Value > o.LeadShare * s.Articles.Count && !a.Contains(kv.Key) && !a.HasNameLike(kv.Key))
                .Select(kv => kv.Key).Order(StringComparer.Ordinal)
            : [];

    /// <summary>The numbers most of the story's leads state that the article never states, if the article's lead
    /// states a number the story never states (empty otherwise): a quake of 5.6 and one of 5.9, five dead and ten.</summary>
    private static IEnumerable<string> NumbersMissing(StoryArticle a, StoryProfile s, StoryOptions o)
        => a.LeadNumbers.Any(k => !s.Numbers.Contains(k))
            ? s.LeadNumbers.Where(kv => kv.Value > o.LeadShare * s.Articles.Count && !a.States(kv.Key)).Select(kv => kv.Key).Order(StringComparer.Ordinal)
            : [];

    /// <summary>"names Tony Thompson, the story Hasim Rahman": the evidence against that the options use, in words
    /// (empty when none).</summary>
    internal static string Against(StoryArticle a, StoryProfile s, StreamIdf idf, StoryOptions o)
    {
        var parts = new List<string>();
        if (o.NameConflicts && GateMissing(a, s, idf, o).ToArray() is { Length: > 0 } missing)
            parts.Add(Names(a.GateNames.Where(k => !s.DocCount.ContainsKey(k)).Select(a.Display), missing.Select(k => s.Info[k].Display)));
        if (o.LeadConflicts && LeadMissing(a, s, o).ToArray() is { Length: > 0 } leadMissing)
            parts.Add("the lead " + Names(a.LeadNames.Where(k => !s.DocCount.ContainsKey(k)).Select(a.Display), leadMissing.Select(k => s.Info[k].Display))
                .Replace("the story", "the story's leads", StringComparison.Ordinal));
        if (o.LeadNumbers && NumbersMissing(a, s, o).ToArray() is { Length: > 0 } numbersMissing)
            parts.Add($"the lead states {string.Join(", ", a.LeadNumbers.Where(k => !s.Numbers.Contains(k)).Select(a.NumberDisplay))}, "
                + $"the story's leads {string.Join(", ", numbersMissing.Select(k => s.NumberDisplay[k]))}");
        if (o.NameConflictPenalty != 0)
        {
            var mine = a.SalientNames.Where(k => !s.DocCount.ContainsKey(k)).Select(a.Display).ToArray();
            var theirs = s.SalientNames(idf, o.SalientNames).Where(k => !a.Contains(k)).Select(k => s.Info[k].Display).ToArray();
            if (mine.Length > 0 && theirs.Length > 0) parts.Add(Names(mine, theirs));
        }
        if (o.YearConflictPenalty != 0 && a.Years.Count > 0 && s.Years.Count > 0 && !a.Years.Any(s.Years.ContainsKey))
            parts.Add($"states {string.Join(", ", a.Years.Select(y => y[2..]))}, the story {string.Join(", ", s.Years.Keys.Order(StringComparer.Ordinal).Select(y => y[2..]))}");
        return string.Join("; ", parts.Distinct(StringComparer.Ordinal));
    }

    private static string Names(IEnumerable<string> mine, IEnumerable<string> theirs)
        => $"names {string.Join(", ", mine)}, the story {string.Join(", ", theirs)}";
}

/// <summary>Whether two stories could be one event seen twice: the cosine of their centroids, and whether each keeps
/// naming someone the other never does, or they state years with none in common.</summary>
public sealed record StoryPairEvidence(double Centroid, bool NameConflict, bool YearConflict)
{
    public static StoryPairEvidence Of(StoryProfile a, StoryProfile b, StreamIdf idf, int salientNames)
    {
        var (small, large) = a.Sum.Count <= b.Sum.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (k, v) in small.Sum)
            if (large.Sum.TryGetValue(k, out var w)) { var i = idf.Of(k); dot += v * w * i * i; }
        var na = a.CentroidNormSquared(idf);
        var nb = b.CentroidNormSquared(idf);
        var centroid = na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
        static bool Apart(IEnumerable<string> x, StoryProfile other) => x.Any(k => !other.DocCount.ContainsKey(k));
        var nameConflict = (Apart(a.SalientNames(idf, salientNames), b) && Apart(b.SalientNames(idf, salientNames), a))
            || (Apart(a.GateNames(idf, salientNames), b) && Apart(b.GateNames(idf, salientNames), a));
        var yearConflict = a.Years.Count > 0 && b.Years.Count > 0 && !a.Years.Keys.Any(b.Years.ContainsKey);
        return new StoryPairEvidence(centroid, nameConflict, yearConflict);
    }
}
