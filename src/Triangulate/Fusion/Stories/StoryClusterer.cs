using Triangulate.Documents;

namespace Triangulate.Fusion.Stories;

/// <summary>Settings of <see cref="StoryClusterer"/> (tuned on ECB+ training topics; see docs/EVALUATION.md). The
/// defaults are the tf-idf centroid clusterer with the hard name gate. Every other evidence source is off. Measured
/// one at a time on ECB+ train (arrival orders, topic folds, dev-sized samples of train topics), years, soft name
/// conflicts, postings-length blocking and bridging merges gained within the order noise, or only on two or three
/// topics while losing on others. <see cref="Participants"/> generalised on train but measured 87.1 -> 86.5 on
/// ECB+ dev, so it too stays off until decided otherwise (docs/EVALUATION.md).</summary>
public sealed record StoryOptions
{
    /// <summary>Least evidence score (<see cref="StoryEvidence.Score"/>: tf-idf cosine to the story's centroid,
    /// corrected by dates and participants when those are on) for an article to join a story.</summary>
    public double JoinThreshold { get; init; } = 0.25;
    /// <summary>Add the people the mentions stage found ("p:" surname features, counted over all their mentions)
    /// to the article's vector, weighted by <see cref="ParticipantWeight"/>: the person a report is about is named
    /// by surname, title or pronoun as often as in full, and those mentions hold its reports together.</summary>
    public bool Participants { get; init; }
    public double ParticipantWeight { get; init; } = 1.5;
    /// <summary>Added to the score when the article states a year some article of the story states.</summary>
    public double SharedYearBonus { get; init; }
    /// <summary>Taken off when both state years and none is shared (two quakes on one island, years apart).</summary>
    public double YearConflictPenalty { get; init; }
    /// <summary>Keep apart an article and a story that each repeat a capitalised name the other never mentions.</summary>
    public bool NameConflicts { get; init; } = true;
    /// <summary>Taken off, times <see cref="StoryEvidence.NameConflict"/> (0..1), when the article keeps naming a
    /// participant the story does not and the story one the article does not (needs <see cref="Participants"/>).</summary>
    public double NameConflictPenalty { get; init; }
    /// <summary>Least score of an article for a second story, and least centroid cosine between the two stories
    /// (which must not conflict on names or years), for the article to bridge them into one. Infinite: never merge.</summary>
    public double MergeThreshold { get; init; } = double.PositiveInfinity;
    public double MergeCentroid { get; init; } = 0.7;
    /// <summary>How many of an article's highest-weighted features serve as blocking keys.</summary>
    public int BlockingKeys { get; init; } = 24;
    /// <summary>How many candidate stories are scored exactly.</summary>
    public int Candidates { get; init; } = 10;
    /// <summary>A feature in more than this share of articles is too common to block on.</summary>
    public double MaxKeyShare { get; init; } = 0.1;
    /// <summary>A key already found in more stories than this is too common to block on (bounds the work per key);
    /// when set, it replaces <see cref="MaxKeyShare"/> and candidates are ranked by the idf weight of the keys they
    /// share rather than by their number.</summary>
    public int? MaxPostings { get; init; }
    public double NameWeight { get; init; } = 1.5;
    public double DateWeight { get; init; } = 1.0;
    /// <summary>How many of an article's and a story's most repeated names are checked against each other.</summary>
    public int SalientNames { get; init; } = 3;
    /// <summary>Prior document frequencies; <see cref="BackgroundFrequencies.None"/> to count only the stream.</summary>
    public BackgroundFrequencies Background { get; init; } = BackgroundFrequencies.Default;

    public double KindWeight(FeatureKind k) => k switch
    {
        FeatureKind.Name => NameWeight,
        FeatureKind.Date => DateWeight,
        FeatureKind.Participant => ParticipantWeight,
        _ => 1.0,
    };
}

/// <summary>Where an added article went and why. <see cref="Merged"/> lists younger stories the article bridged
/// into <see cref="StoryId"/> (their articles now belong to it; the older id survives).</summary>
public sealed record StoryAssignment(string ArticleId, string StoryId, bool NewStory, double Similarity, string Why)
{
    public IReadOnlyList<string> Merged { get; init; } = [];
}

/// <summary>Groups articles into stories (one event each), incrementally: <see cref="Add"/> places one article
/// without revisiting earlier decisions, except that (when <see cref="StoryOptions.MergeThreshold"/> is finite) an
/// article which bridges two stories may merge them, the older id surviving. Candidate stories come from postings of
/// the article's rarest, heaviest features (blocking), never from all stories, so the cost per article is bounded and
/// total cost grows near-linearly. The article joins the candidate with the best <see cref="StoryEvidence"/> score —
/// tf-idf cosine to the story's centroid (idf learned from the stream, smoothed by a background corpus), corrected by
/// years and participants when those options are on — that reaches <see cref="StoryOptions.JoinThreshold"/> and
/// passes the name gate; otherwise it starts a story.</summary>
public sealed class StoryClusterer
{
    private readonly StoryOptions _options;
    private readonly StreamIdf _idf;
    /// <summary>For each feature, the stories (indices, possibly since merged) whose articles carry it.</summary>
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly List<StoryProfile> _stories = [];
    /// <summary>Where each story went when merged (its own index while it lives).</summary>
    private readonly List<int> _mergedInto = [];
    private readonly Dictionary<string, int> _storyOf = new(StringComparer.Ordinal);

    public StoryClusterer(StoryOptions? options = null)
    {
        _options = options ?? new StoryOptions();
        _idf = new StreamIdf(_options.Background);
    }

    /// <summary>Living stories in creation order; ids "s1", "s2"... never change once assigned (a merged story's
    /// id disappears; the older story keeps its own).</summary>
    public IReadOnlyList<(string Id, IReadOnlyList<string> Articles)> Stories
        => _stories.Where((s, i) => _mergedInto[i] == i).Select(s => (s.Id, s.Articles)).ToArray();

    public string? StoryOf(string articleId) => _storyOf.TryGetValue(articleId, out var i) ? _stories[Find(i)].Id : null;

    public StoryAssignment Add(AnalyzedArticle doc) => Add(doc.Article.Id, StoryFeatures.Of(doc));

    public StoryAssignment Add(string articleId, IReadOnlyList<StoryFeature> features)
    {
        if (!_options.Participants && features.Any(f => f.Kind == FeatureKind.Participant))
            features = features.Where(f => f.Kind != FeatureKind.Participant).ToArray();
        _idf.Observe(features);
        var article = new StoryArticle(articleId, features, _options, _idf);
        var scored = Candidates(article)
            .Select(c => (c, evidence: StoryEvidence.Of(article, _stories[c], _idf, _options)))
            .Select(x => (x.c, x.evidence, score: x.evidence.Score(_options)))
            .OrderByDescending(x => x.score).ThenBy(x => x.c).ToList();
        var fits = scored.Where(x => x.score >= _options.JoinThreshold && !x.evidence.Gated).ToList();

        var similarity = fits.Count > 0 ? fits[0].evidence.Centroid : scored.Count > 0 ? scored[0].evidence.Centroid : 0;
        if (fits.Count == 0)
        {
            var index = _stories.Count;
            _stories.Add(new StoryProfile("s" + (index + 1), index));
            _mergedInto.Add(index);
            // name the similar story by its first article: a store may give stories ids of its own
            var apart = scored.Where(x => x.evidence.Centroid >= _options.JoinThreshold)
                .Select(x => (x.c, why: StoryEvidence.Against(article, _stories[x.c], _idf, _options)))
                .FirstOrDefault(x => x.why.Length > 0);
            Place(article, index);
            return new StoryAssignment(articleId, _stories[index].Id, true, similarity,
                "first article of the story" + (apart.why is { Length: > 0 } w ? $"; kept apart from the story of {_stories[apart.c].Articles[0]}: {w}" : ""));
        }

        // an article that fits a second story as well bridges the two, if they do not contradict each other
        // (checked with the article in): they were one event whose first articles happened to share too little
        var target = fits[0].c;
        var why = Why(article, _stories[target]);
        Place(article, target);
        var bridged = fits.Skip(1).Where(x => x.score >= _options.MergeThreshold).Select(x => x.c)
            .Where(c => StoryPairEvidence.Of(_stories[target], _stories[c], _idf, _options.SalientNames) is var p
                && p.Centroid >= _options.MergeCentroid && !p.NameConflict && !p.YearConflict).ToList();
        var merged = new List<string>();
        if (bridged.Count > 0)
        {
            bridged.Add(target);
            var oldest = bridged.Min();
            foreach (var c in bridged.Where(c => c != oldest).Order())
            {
                merged.Add(_stories[c].Id);
                Merge(c, oldest);
            }
            target = oldest;
        }
        return new StoryAssignment(articleId, _stories[target].Id, false, similarity, why) { Merged = merged };
    }

    /// <summary>Candidate stories: those sharing the article's heaviest blocking keys that are still rare enough to
    /// point at few stories, ranked by how many keys (or, with postings-length blocking, how much idf) they share.</summary>
    private List<int> Candidates(StoryArticle article)
    {
        var maxPostings = _options.MaxPostings;
        var maxDf = Math.Max(3, (int)(_options.MaxKeyShare * _idf.Articles));
        bool Rare(string key) => maxPostings is { } m
            ? !_postings.TryGetValue(key, out var list) || list.Count <= m
            : _idf.DocumentFrequency(key) <= maxDf;
        var keys = article.Features.Where(f => Rare(f.Key))
            .Select(f => (f.Key, w: article.Vector[f.Key] * _idf.Of(f.Key)))
            .OrderByDescending(x => x.w).ThenBy(x => x.Key, StringComparer.Ordinal)
            .Take(_options.BlockingKeys).ToArray();
        var hits = new Dictionary<int, double>();
        foreach (var (k, w) in keys)
        {
            if (!_postings.TryGetValue(k, out var list)) continue;
            var seen = new HashSet<int>();
            foreach (var raw in list)
            {
                var c = Find(raw);
                if (seen.Add(c)) hits[c] = hits.GetValueOrDefault(c) + (maxPostings is null ? 1 : w);
            }
        }
        return hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key).Take(_options.Candidates).Select(h => h.Key).ToList();
    }

    private void Place(StoryArticle article, int story)
    {
        _storyOf[article.Id] = story;
        foreach (var key in _stories[story].Add(article)) Post(key, story);
    }

    private void Merge(int from, int into)
    {
        foreach (var key in _stories[into].Absorb(_stories[from])) Post(key, into);
        _mergedInto[from] = into;
    }

    private void Post(string key, int story)
    {
        if (!_postings.TryGetValue(key, out var list)) _postings[key] = list = [];
        list.Add(story);
    }

    private int Find(int story)
    {
        while (_mergedInto[story] != story) story = _mergedInto[story];
        return story;
    }

    /// <summary>"shares Cho Tae-yong, NIS, troops, 2024-10-23": the article's features that weigh most in the
    /// story it joins, names first, then words, then dates.</summary>
    private string Why(StoryArticle a, StoryProfile s)
    {
        var shared = a.Features.Where(f => s.Sum.ContainsKey(f.Key))
            .Select(f => (f, score: a.Vector[f.Key] * s.Sum[f.Key] * Math.Pow(_idf.Of(f.Key), 2)))
            .OrderByDescending(x => x.score).ThenBy(x => x.f.Key, StringComparer.Ordinal)
            .Take(8).Select(x => x.f).ToList();
        // a single name word already inside a shown multi-word name adds nothing
        var shown = shared.Where(f => !(f.Kind == FeatureKind.Name && !f.Key.StartsWith("n:", StringComparison.Ordinal)
            && shared.Any(g => g.Key.StartsWith("n:", StringComparison.Ordinal) && g.Key.Split(' ', ':').Contains(f.Key))))
            .OrderBy(f => f.Kind switch { FeatureKind.Participant or FeatureKind.Name => 0, FeatureKind.Date => 2, _ => 1 })
            .Select(f => s.Info.TryGetValue(f.Key, out var i) ? i.Display : f.Display)
            .Distinct(StringComparer.Ordinal).Take(6);
        return "shares " + string.Join(", ", shown);
    }
}
