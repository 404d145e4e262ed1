using Triangulate.Documents;

namespace Triangulate.Fusion.Stories;

/// <summary>Settings of <see cref="StoryClusterer"/> (tuned on ECB+ training topics; see docs/EVALUATION.md).</summary>
public sealed record StoryOptions
{
    /// <summary>Least cosine similarity (tf-idf, names weighted up) between an article and a story's centroid to join it.</summary>
    public double JoinThreshold { get; init; } = 0.25;
    /// <summary>How many of an article's highest-weighted features serve as blocking keys.</summary>
    public int BlockingKeys { get; init; } = 24;
    /// <summary>How many candidate stories (most shared keys first) are scored exactly.</summary>
    public int Candidates { get; init; } = 10;
    /// <summary>A feature in more than this share of articles is too common to block on.</summary>
    public double MaxKeyShare { get; init; } = 0.1;
    public double NameWeight { get; init; } = 1.5;
    public double DateWeight { get; init; } = 1.0;
    /// <summary>Keep apart an article and a story that each repeat a name the other never mentions.</summary>
    public bool NameConflicts { get; init; } = true;
    public int SalientNames { get; init; } = 3;
    /// <summary>Prior document frequencies; <see cref="BackgroundFrequencies.None"/> to count only the stream.</summary>
    public BackgroundFrequencies Background { get; init; } = BackgroundFrequencies.Default;
}

/// <summary>Where an added article went and why.</summary>
public sealed record StoryAssignment(string ArticleId, string StoryId, bool NewStory, double Similarity, string Why);

/// <summary>Groups articles into stories (one event each), incrementally: <see cref="Add"/> places one article
/// without revisiting earlier decisions. Candidate stories come from postings of the article's rarest, heaviest
/// features (blocking), never from all stories, so the cost per article is bounded and total cost grows
/// near-linearly. An article joins the most similar candidate story if its similarity to that story's centroid
/// passes <see cref="StoryOptions.JoinThreshold"/>; otherwise it starts a story. Similarity is tf-idf cosine with
/// document frequencies counted over the articles seen so far.</summary>
public sealed class StoryClusterer
{
    private readonly StoryOptions _options;
    private readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly List<Cluster> _clusters = [];
    private readonly Dictionary<string, int> _storyOf = new(StringComparer.Ordinal);
    private int _articles;

    private sealed class Cluster(string id)
    {
        public string Id { get; } = id;
        public List<string> Articles { get; } = [];
        public Dictionary<string, double> Sum { get; } = new(StringComparer.Ordinal);
        /// <summary>In how many of the story's articles each feature occurs.</summary>
        public Dictionary<string, int> DocCount { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, (string Display, FeatureKind Kind)> Info { get; } = new(StringComparer.Ordinal);
        /// <summary>Cached squared norm of the idf-weighted centroid and the article count it was computed at;
        /// recomputed when the story changes or the stream has grown by a tenth (idf drifts slowly).</summary>
        public double NormSquared { get; set; } = -1;
        public int NormAt { get; set; }
    }

    public StoryClusterer(StoryOptions? options = null) => _options = options ?? new StoryOptions();

    /// <summary>Stories in creation order; ids "s1", "s2"... never change once assigned.</summary>
    public IReadOnlyList<(string Id, IReadOnlyList<string> Articles)> Stories
        => _clusters.Select(c => (c.Id, (IReadOnlyList<string>)c.Articles)).ToArray();

    public string? StoryOf(string articleId) => _storyOf.TryGetValue(articleId, out var i) ? _clusters[i].Id : null;

    public StoryAssignment Add(AnalyzedArticle doc) => Add(doc.Article.Id, StoryFeatures.Of(doc));

    public StoryAssignment Add(string articleId, IReadOnlyList<StoryFeature> features)
    {
        _articles++;
        foreach (var f in features) _df[f.Key] = _df.GetValueOrDefault(f.Key) + 1;

        var vector = new Dictionary<string, double>(features.Count, StringComparer.Ordinal);
        foreach (var f in features) vector[f.Key] = f.Weight * KindWeight(f.Kind);

        // blocking: the heaviest features that are still rare enough to point at few stories
        var maxDf = Math.Max(3, (int)(_options.MaxKeyShare * _articles));
        var keys = features.Where(f => _df[f.Key] <= maxDf)
            .OrderByDescending(f => vector[f.Key] * Idf(f.Key)).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(_options.BlockingKeys).Select(f => f.Key).ToArray();
        var hits = new Dictionary<int, int>();
        foreach (var k in keys)
            if (_postings.TryGetValue(k, out var list))
                foreach (var c in list) hits[c] = hits.GetValueOrDefault(c) + 1;

        var best = -1; var bestSim = 0.0;
        var scored = hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key).Take(_options.Candidates)
            .Select(h => (c: h.Key, sim: Cosine(vector, _clusters[h.Key])))
            .OrderByDescending(x => x.sim).ThenBy(x => x.c).ToList();
        var salient = _options.NameConflicts ? SalientNames(features, vector) : [];
        foreach (var (c, sim) in scored)
        {
            if (sim < _options.JoinThreshold) break;
            if (_options.NameConflicts && Conflicts(salient, features, _clusters[c])) continue;
            best = c; bestSim = sim; break;
        }
        if (best < 0 && scored.Count > 0) bestSim = scored[0].sim;

        var isNew = best < 0;
        string why;
        if (isNew)
        {
            best = _clusters.Count;
            _clusters.Add(new Cluster("s" + (best + 1)));
            why = "first article of the story";
        }
        else why = Why(vector, features, _clusters[best]);

        var cluster = _clusters[best];
        cluster.Articles.Add(articleId);
        cluster.NormSquared = -1;
        _storyOf[articleId] = best;
        // the centroid sums length-normalised article vectors, so a long article does not outweigh the rest
        var norm = Math.Sqrt(vector.Sum(v => v.Value * v.Value));
        foreach (var f in features)
        {
            cluster.DocCount[f.Key] = cluster.DocCount.GetValueOrDefault(f.Key) + 1;
            cluster.Sum[f.Key] = cluster.Sum.GetValueOrDefault(f.Key) + vector[f.Key] / Math.Max(norm, 1e-9);
            if (!cluster.Info.ContainsKey(f.Key))
            {
                cluster.Info[f.Key] = (f.Display, f.Kind);
                if (!_postings.TryGetValue(f.Key, out var list)) _postings[f.Key] = list = [];
                list.Add(best);
            }
        }
        return new StoryAssignment(articleId, cluster.Id, isNew, bestSim, why);
    }

    /// <summary>The names an article is about: names it repeats, rarest and most repeated first.</summary>
    private string[] SalientNames(IReadOnlyList<StoryFeature> features, Dictionary<string, double> vector)
        => features.Where(f => f.Kind == FeatureKind.Name && f.Weight >= 1.6 && !f.Key.StartsWith("n:", StringComparison.Ordinal))
            .OrderByDescending(f => vector[f.Key] * Idf(f.Key)).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(_options.SalientNames).Select(f => f.Key).ToArray();

    /// <summary>Two events of one kind (two fights of one boxer, two quakes) share most words and even a name;
    /// they differ in a protagonist each side keeps repeating and the other never mentions. A story whose
    /// articles mostly name someone the article never does, while the article repeatedly names someone the story
    /// never has, is another event.</summary>
    private bool Conflicts(string[] salient, IReadOnlyList<StoryFeature> features, Cluster c)
    {
        if (salient.Length == 0) return false;
        var docMissing = salient.Any(k => !c.DocCount.ContainsKey(k));
        if (!docMissing) return false;
        var docKeys = features.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var n = c.Articles.Count;
        var storyNames = c.Info.Where(kv => kv.Value.Kind == FeatureKind.Name && !kv.Key.StartsWith("n:", StringComparison.Ordinal)
                && c.DocCount[kv.Key] * 2 > n && c.Sum[kv.Key] / n >= 1.6 / 6)
            .OrderByDescending(kv => c.Sum[kv.Key] * Idf(kv.Key)).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(_options.SalientNames).Select(kv => kv.Key);
        return storyNames.Any(k => !docKeys.Contains(k));
    }

    private double KindWeight(FeatureKind k) => k switch
    {
        FeatureKind.Name => _options.NameWeight,
        FeatureKind.Date => _options.DateWeight,
        _ => 1.0,
    };

    private double Idf(string key)
    {
        var bg = _options.Background;
        var bgKey = key.StartsWith("y:", StringComparison.Ordinal) ? key[2..] : key;
        return Math.Log((bg.Documents + _articles + 1.0) / (bg.Of(bgKey) + _df.GetValueOrDefault(key) + 0.5));
    }

    private double Cosine(Dictionary<string, double> doc, Cluster cluster)
    {
        var centroid = cluster.Sum;
        double dot = 0, nd = 0;
        foreach (var (k, v) in doc)
        {
            var idf = Idf(k);
            var w = v * idf;
            nd += w * w;
            if (centroid.TryGetValue(k, out var c)) dot += w * c * idf;
        }
        if (cluster.NormSquared < 0 || _articles > cluster.NormAt * 1.1 + 10)
        {
            double nc = 0;
            foreach (var (k, c) in centroid) { var w = c * Idf(k); nc += w * w; }
            cluster.NormSquared = nc; cluster.NormAt = _articles;
        }
        return nd == 0 || cluster.NormSquared == 0 ? 0 : dot / Math.Sqrt(nd * cluster.NormSquared);
    }

    /// <summary>"shares Cho Tae-yong, NIS, troops, 2024-10-23": the article's features that weigh most in the
    /// story it joins, names first, then dates, then words.</summary>
    private string Why(Dictionary<string, double> doc, IReadOnlyList<StoryFeature> features, Cluster c)
    {
        var shared = features.Where(f => c.Sum.ContainsKey(f.Key))
            .Select(f => (f, score: doc[f.Key] * c.Sum[f.Key] * Idf(f.Key) * Idf(f.Key)))
            .OrderByDescending(x => x.score).ThenBy(x => x.f.Key, StringComparer.Ordinal)
            .Take(8).Select(x => x.f).ToList();
        // a single name word already inside a shown multi-word name adds nothing
        var shown = shared.Where(f => !(f.Kind == FeatureKind.Name && !f.Key.StartsWith("n:", StringComparison.Ordinal)
            && shared.Any(g => g.Key.StartsWith("n:", StringComparison.Ordinal) && g.Key.Split(' ', ':').Contains(f.Key))))
            .OrderBy(f => f.Kind switch { FeatureKind.Name => 0, FeatureKind.Date => 2, _ => 1 })
            .Select(f => c.Info.TryGetValue(f.Key, out var i) ? i.Display : f.Display)
            .Distinct(StringComparer.Ordinal).Take(6);
        return "shares " + string.Join(", ", shown);
    }
}
