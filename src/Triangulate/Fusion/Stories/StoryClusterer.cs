using Triangulate.Documents;
using Triangulate.Extraction.Quotes;

namespace Triangulate.Fusion.Stories;

/// <summary>Settings of <see cref="StoryClusterer"/> (tuned on ECB+ training topics; see docs/EVALUATION.md). The
/// defaults are the tf-idf centroid clusterer with the hard name gate. Every other evidence source is off. Measured
/// one at a time on ECB+ train (arrival orders, topic folds, dev-sized samples of train topics), years, soft name
/// conflicts, postings-length blocking and bridging merges gained within the order noise, or only on two or three
/// topics while losing on others. <see cref="Participants"/> generalised on train but measured 87.1 -> 86.5 on
/// ECB+ dev, so it too stays off until decided otherwise (docs/EVALUATION.md). <see cref="LearnedJoin"/> (a logistic
/// join score over event-identity features, <see cref="StoryJoin"/>) gained on one half of train and nothing on the
/// other, on dev-sized samples or on dev (87.1 either way): off. <see cref="NamesByMajority"/> with
/// <see cref="LeadConflicts"/> (branch stories6) gained on both halves of train and on dev-sized samples of train
/// (train 84.8 -> 86.1) but measured 87.1 -> 85.6 on ECB+ dev (recall lost): off until decided otherwise;
/// <see cref="LeadNumbers"/> did not gain on train: off. <see cref="SplitCheck"/> (branch stories7: a story's own
/// members are re-checked for two groups that link weakly and each keep naming someone the other never writes)
/// generalised on train (84.8 -> 85.8, mean of orders 82.0 -> 85.0, no dev-sized sample worse) and measured
/// 87.1 -> 93.2 on ECB+ dev (precision 100); on by default since 2026-12-03 (the named-entity loss it caused,
/// 85.2 -> 84.8, was won back by linking the entities of split-related stories, branch entities8).</summary>
public sealed record StoryOptions
{
    /// <summary>Least evidence score (<see cref="StoryEvidence.Score"/>: tf-idf cosine to the story's centroid,
    /// corrected by dates and participants when those are on) for an article to join a story. Branch stories8 found
    /// 0.21 better on ECB+ (train plateau 0.20-0.22; dev 93.2 -> 94.3) with the split re-check on, but on the 840
    /// PolNeAR election articles of 2015-16 it built stories of 42 and 34 articles spanning months (same-story pairs
    /// published more than a week apart 206 -> 1,532), so the default stays 0.25.</summary>
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
    /// <summary>Join on the learned score (<see cref="StoryJoin"/>): the article joins the candidate story with the
    /// highest probability when it reaches <see cref="JoinProbability"/> (and the hard name gate, when
    /// <see cref="NameConflicts"/> is on, is open), instead of the cosine reaching <see cref="JoinThreshold"/>.</summary>
    public bool LearnedJoin { get; init; }
    /// <summary>Least probability of a candidate in the band whose cosine reaches <see cref="JoinThreshold"/>: with
    /// the defaults (band 0.25-0.45, probability 0.1) the model only vetoes joins the cosine would make, the setting
    /// that did best on ECB+ train folds (docs/EVALUATION.md).</summary>
    public double JoinProbability { get; init; } = 0.1;
    /// <summary>The least probability for a candidate whose cosine is below <see cref="JoinThreshold"/> (but in the
    /// band): joins the cosine alone would not make.</summary>
    public double JoinProbabilityBelow { get; init; } = 0.9;
    /// <summary>The cosine band the learned score decides in (and is trained on): below <see cref="LearnedLow"/> an
    /// article never joins, from <see cref="LearnedHigh"/> on it joins as without the model (best cosine, gate open).
    /// The model learns the hard decisions — two stories of one topic at a middling cosine — not the many easy ones.</summary>
    public double LearnedLow { get; init; } = 0.25;
    public double LearnedHigh { get; init; } = 0.45;
    /// <summary>With <see cref="LearnedJoin"/>: score a candidate story by the mean probability of the article
    /// against each of its (at most <see cref="LinkMembers"/> latest) articles — average link over a pairwise model
    /// (trained by <c>StoryEval --train-pairs</c>) — instead of against the story's centroid; the band is not used.</summary>
    public bool LearnedLink { get; init; }
    public int LinkMembers { get; init; } = 10;
    /// <summary>The model of the learned score; null: the one shipped as a resource.</summary>
    public Triangulate.Extraction.Quotes.LogisticModel? JoinModel { get; init; }
    /// <summary>Keep apart an article and a story whose leads name different protagonists: the article's lead writes
    /// a name (repeated in the article, <see cref="LeadNameRepeats"/>) the story never mentions, and most of the
    /// story's leads (more than <see cref="LeadShare"/>) write a name the article never mentions. Two fights of one
    /// boxer name the boxer in every lead, and the opponent in each lead of its own fight.</summary>
    public bool LeadConflicts { get; init; }
    /// <summary>A word is a name when the article writes it capitalised more often than not (rather than when its
    /// first occurrence is capitalised: a lower-cased web address before the text made "thompson" a common word).</summary>
    public bool NamesByMajority { get; init; }
    /// <summary>The same test on the numbers the leads state (years left out): the article's lead states a number
    /// the story never states, and most of the story's leads one the article never states.</summary>
    public bool LeadNumbers { get; init; }
    /// <summary>How many body sentences (after the headline) the lead conflict test reads.</summary>
    public int LeadSentences { get; init; } = 1;
    public int LeadNameRepeats { get; init; } = 2;
    public double LeadShare { get; init; } = 0.5;
    /// <summary>The least number of articles a story needs before the lead test applies to it.</summary>
    public int LeadMinArticles { get; init; } = 1;
    /// <summary>The seed rule (branch stories7): a story of at most <see cref="SeedArticles"/> articles is joined
    /// only from this cosine on (null: <see cref="JoinThreshold"/>, as for every story). A mixed story starts with one
    /// wrong join into a story of one article at a middling cosine; a grown story's centroid is surer.</summary>
    public double? SeedThreshold { get; init; }
    public int SeedArticles { get; init; } = 1;
    /// <summary>The split re-check (branch stories7): when an article joins a story of
    /// 2 × <see cref="SplitMinGroup"/> to <see cref="SplitMaxArticles"/> articles, its members (only they: the cost
    /// stays bounded) are grouped in two by average link over their tf-idf cosines; when each group has at least
    /// <see cref="SplitMinGroup"/> articles and the groups link at no more than <see cref="SplitRatio"/> times the
    /// weaker group's own mean link, the group without the story's first article becomes a new story (said in the
    /// assignment's <see cref="StoryAssignment.Splits"/>). The existing story keeps its id; its other articles move.
    /// On by default since 2026-12-03 (ECB+ train better on both topic halves and on every dev-sized sample; dev
    /// 87.1 -> 93.2); StoryEval's grids that compare against main's old behaviour pass <c>--no-split</c>.</summary>
    public bool SplitCheck { get; init; } = true;
    public int SplitMinGroup { get; init; } = 3;
    public int SplitMaxArticles { get; init; } = 40;
    public double SplitRatio { get; init; } = 0.8;
    /// <summary>With <see cref="SplitCheck"/>: split only when each group also keeps naming someone the other never
    /// writes (a capitalised word repeated by at least half of its articles): two fights of one boxer, each with
    /// its own opponent.</summary>
    public bool SplitNames { get; init; } = true;
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
    /// <summary>Stories split by the re-check (<see cref="StoryOptions.SplitCheck"/>) after this article joined.</summary>
    public IReadOnlyList<StorySplit> Splits { get; init; } = [];
}

/// <summary>The articles of story <paramref name="From"/> that the split re-check moved to the new story
/// <paramref name="Into"/>, and why.</summary>
public sealed record StorySplit(string From, string Into, IReadOnlyList<string> Articles, string Why)
{
    /// <summary>Adds the split's reason to the <c>why</c> of each article it moved (after the reason it joined).</summary>
    public void NoteIn(IDictionary<string, string> why)
    {
        foreach (var moved in Articles) why[moved] = why.TryGetValue(moved, out var earlier) ? earlier + "; " + Why : "; " + Why;
    }
}

/// <summary>Groups articles into stories (one event each), incrementally: <see cref="Add"/> places one article
/// without revisiting earlier decisions, except that (when <see cref="StoryOptions.MergeThreshold"/> is finite) an
/// article which bridges two stories may merge them, the older id surviving, and (with
/// <see cref="StoryOptions.SplitCheck"/>) the story an article joins may split in two, re-checked on its own members
/// only, the group of its first article keeping its id. Candidate stories come from postings of
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

    public StoryAssignment Add(AnalyzedArticle doc) => Add(doc.Article.Id,
        StoryFeatures.Of(doc, identity: _options.LearnedJoin, leadSentences: _options.LeadConflicts || _options.LeadNumbers ? _options.LeadSentences : 0,
            namesByMajority: _options.NamesByMajority));

    /// <summary>The article as compared: features of the vector, and (with the learned score) the identity
    /// evidence beside it; without the learned score the identity kinds are dropped, as participants are when off.</summary>
    private StoryArticle Prepare(string articleId, IReadOnlyList<StoryFeature> features, bool observe = true)
    {
        static bool Identity(FeatureKind k) => k is FeatureKind.Number or FeatureKind.Place or FeatureKind.Organization or FeatureKind.Bigram or FeatureKind.Lead;
        bool InVector(FeatureKind k) => !Identity(k) && k != FeatureKind.LeadName && (k != FeatureKind.Participant || _options.Participants);
        var leads = _options.LeadConflicts || _options.LeadNumbers ? features.Where(f => f.Kind == FeatureKind.LeadName).ToArray() : [];
        IReadOnlyList<StoryFeature> extras = [];
        if (_options.LearnedJoin) extras = features.Where(f => !InVector(f.Kind) && f.Kind != FeatureKind.LeadName).ToArray();
        if (features.Any(f => !InVector(f.Kind))) features = features.Where(f => InVector(f.Kind)).ToArray();
        if (observe) _idf.Observe(extras.Count == 0 ? features : [.. features, .. extras]);
        return new StoryArticle(articleId, features, _options, _idf, extras, leads);
    }

    private bool Learned => _options.LearnedJoin && !_cosinePlacement;

    /// <summary>The least score to join the story: higher for a seed (<see cref="StoryOptions.SeedThreshold"/>).</summary>
    private double Threshold(StoryProfile story)
        => _options.SeedThreshold is { } seed && story.Articles.Count <= _options.SeedArticles ? Math.Max(seed, _options.JoinThreshold) : _options.JoinThreshold;

    private LogisticModel? _model;
    private LogisticModel Model => _model ??= _options.JoinModel ?? StoryJoin.Shipped
        ?? throw new InvalidOperationException("StoryOptions.LearnedJoin needs a model: story-join-model.tsv is not among the resources");

    /// <summary>The candidates scored, best first: the evidence score (the cosine when no correction is on), and
    /// whether the candidate may be joined (score at the threshold, or with the learned score, at or above the band or
    /// in it with the probability at <see cref="StoryOptions.JoinProbability"/>).</summary>
    private List<(int c, StoryEvidence evidence, double score, bool fit)> Score(StoryArticle article)
        => Learned && _options.LearnedLink ? LinkScore(article) : Candidates(article)
            .Select(c => (c, evidence: StoryEvidence.Of(article, _stories[c], _idf, _options)))
            .Select(x => (x.c, x.evidence, score: x.evidence.Score(_options)))
            .Select(x => (x.c, x.evidence, x.score, fit: !x.evidence.Gated && (Learned
                ? x.score >= _options.LearnedHigh || (x.score >= _options.LearnedLow
                    && Model.Probability(StoryJoin.Features(article, _stories[x.c], x.evidence, _idf, _options))
                        >= (x.score >= _options.JoinThreshold ? _options.JoinProbability : _options.JoinProbabilityBelow))
                : x.score >= Threshold(_stories[x.c]))))
            .OrderByDescending(x => x.score).ThenBy(x => x.c).ToList();

    /// <summary>Training only (<c>tools/StoryEval --train-join</c>): the learned score's features of the article
    /// against each candidate story in the band (blocking as in <see cref="Add"/>), labelled by whether the candidate
    /// is the article's gold story — with <paramref name="teacherForcing"/>, the article is then placed in its gold
    /// story, so the stories the next articles meet are pure; without, it is placed as <see cref="Add"/> places it
    /// (the options' own rule) and a candidate is the gold story when most of its articles are of the article's.</summary>
    public IReadOnlyList<(string[] Features, bool Label)> AddSupervised(string articleId, IReadOnlyList<StoryFeature> features, string goldStory,
        bool teacherForcing = true, double? bandLow = null, double? bandHigh = null)
    {
        var low = bandLow ?? _options.LearnedLow;
        var high = bandHigh ?? _options.LearnedHigh;
        if (!teacherForcing)
        {
            var scored = new List<(string[], bool)>();
            var probe = Prepare(articleId, features, observe: false);
            foreach (var c in Candidates(probe))
            {
                var evidence = StoryEvidence.Of(probe, _stories[c], _idf, _options);
                var score = evidence.Score(_options);
                if (score < low || score >= high) continue;
                var majority = _goldCounts[c].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
                scored.Add((StoryJoin.Features(probe, _stories[c], evidence, _idf, _options), majority == goldStory));
            }
            _cosinePlacement = true;
            try { Add(articleId, features); } finally { _cosinePlacement = false; }
            var into = _storyOf[articleId];
            while (_goldCounts.Count <= into) _goldCounts.Add(new Dictionary<string, int>(StringComparer.Ordinal));
            _goldCounts[into][goldStory] = _goldCounts[into].GetValueOrDefault(goldStory) + 1;
            return scored;
        }
        var article = Prepare(articleId, features);
        var examples = Candidates(article)
            .Select(c => (c, evidence: StoryEvidence.Of(article, _stories[c], _idf, _options)))
            .Where(x => x.evidence.Score(_options) >= low && x.evidence.Score(_options) < high)
            .Select(x => (StoryJoin.Features(article, _stories[x.c], x.evidence, _idf, _options), _gold[x.c] == goldStory))
            .ToList();
        if (_goldStory.TryGetValue(goldStory, out var index)) Place(article, index);
        else
        {
            index = _stories.Count;
            _stories.Add(new StoryProfile("s" + (index + 1), index));
            _mergedInto.Add(index);
            _gold.Add(goldStory);
            _goldStory[goldStory] = index;
            Place(article, index);
        }
        return examples;
    }

    /// <summary>Training only (<c>tools/StoryEval --train-pairs</c>): observes the article (idf) and keeps it, so
    /// that <see cref="PairFeatures"/> can compare kept articles with each other.</summary>
    public void Keep(string articleId, IReadOnlyList<StoryFeature> features)
    {
        var a = Prepare(articleId, features);
        var p = new StoryProfile(articleId, -1);
        p.Add(a);
        _kept[articleId] = (a, p);
    }

    /// <summary>The learned score's features of one kept article against another (as a story of one article), and
    /// their cosine.</summary>
    public (string[] Features, double Cosine) PairFeatures(string a, string b)
    {
        var (x, _) = _kept[a];
        var (_, y) = _kept[b];
        var e = StoryEvidence.Of(x, y, _idf, _options);
        return (StoryJoin.Features(x, y, e, _idf, _options), e.Centroid);
    }

    private List<(int c, StoryEvidence evidence, double score, bool fit)> LinkScore(StoryArticle article)
        => Candidates(article)
            .Select(c => (c, evidence: StoryEvidence.Of(article, _stories[c], _idf, _options)))
            .Select(x =>
            {
                var members = _members[x.c];
                double sum = 0; var n = 0;
                for (var i = members.Count - 1; i >= 0 && n < _options.LinkMembers; i--, n++)
                {
                    var e = StoryEvidence.Of(article, members[i], _idf, _options);
                    if (e.Centroid >= 0.1) sum += Model.Probability(StoryJoin.Features(article, members[i], e, _idf, _options));
                }
                var p = n == 0 ? 0 : sum / n;
                return (x.c, x.evidence, score: p, fit: !x.evidence.Gated && p >= _options.JoinProbability);
            })
            .OrderByDescending(x => x.score).ThenBy(x => x.c).ToList();

    /// <summary>Each story's articles as stories of one (for <see cref="StoryOptions.LearnedLink"/> only).</summary>
    private readonly List<List<StoryProfile>> _members = [];

    private readonly Dictionary<string, (StoryArticle Article, StoryProfile Single)> _kept = new(StringComparer.Ordinal);

    /// <summary>True while <see cref="AddSupervised"/> places an article as the options would without the learned
    /// score (on-policy examples are collected from the cosine clusterer's own stories).</summary>
    private bool _cosinePlacement;

    private readonly List<string> _gold = [];
    private readonly Dictionary<string, int> _goldStory = new(StringComparer.Ordinal);
    private readonly List<Dictionary<string, int>> _goldCounts = [];

    public StoryAssignment Add(string articleId, IReadOnlyList<StoryFeature> features)
    {
        var article = Prepare(articleId, features);
        var scored = Score(article);
        var fits = scored.Where(x => x.fit).ToList();

        var similarity = fits.Count > 0 ? fits[0].evidence.Centroid : scored.Count > 0 ? scored[0].evidence.Centroid : 0;
        if (fits.Count == 0)
        {
            var index = _stories.Count;
            _stories.Add(new StoryProfile("s" + (index + 1), index));
            _mergedInto.Add(index);
            // name the similar story by its first article: a store may give stories ids of its own
            var apart = scored.Where(x => x.evidence.Centroid >= (_options.LearnedJoin ? _options.LearnedLow : _options.JoinThreshold))
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
        var splits = new List<StorySplit>();
        if (_options.SplitCheck && bridged.Count == 0 && TrySplit(target) is { } split)
        {
            splits.Add(split);
            target = _storyOf[articleId];
        }
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
        if (splits.Count > 0) why += "; then " + splits[0].Why;
        return new StoryAssignment(articleId, _stories[target].Id, false, similarity, why) { Merged = merged, Splits = splits };
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

    /// <summary>Each story's articles as compared (for <see cref="StoryOptions.SplitCheck"/> only).</summary>
    private readonly List<List<StoryArticle>> _articlesOf = [];

    /// <summary>The split re-check of one story (<see cref="StoryOptions.SplitCheck"/>), on its own members only.</summary>
    private StorySplit? TrySplit(int story)
    {
        var members = _articlesOf[story];
        var n = members.Count;
        if (n < 2 * _options.SplitMinGroup || n > _options.SplitMaxArticles) return null;
        var units = members.Select(m =>
        {
            var v = new Dictionary<string, double>(m.Vector.Count, StringComparer.Ordinal);
            double nn = 0;
            foreach (var (k, x) in m.Vector) { var w = x * _idf.Of(k); v[k] = w; nn += w * w; }
            nn = Math.Sqrt(Math.Max(nn, 1e-12));
            foreach (var k in v.Keys.ToArray()) v[k] /= nn;
            return v;
        }).ToArray();
        var sim = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
            {
                var (a, b) = units[i].Count <= units[j].Count ? (units[i], units[j]) : (units[j], units[i]);
                double d = 0;
                foreach (var (k, x) in a) if (b.TryGetValue(k, out var y)) d += x * y;
                sim[i, j] = sim[j, i] = d;
            }
        // average link over the members; the two groups are the last two of at least SplitMinGroup articles each that
        // average link joins (an outlier joined later goes to the group it links to more), so that one stray article
        // does not hide two events
        var groups = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        var link = new List<List<double>>();
        for (var i = 0; i < n; i++) { link.Add([]); for (var j = 0; j < n; j++) link[i].Add(i == j ? 0 : sim[i, j]); }
        List<int>? first = null, second = null;
        while (groups.Count > 1)
        {
            int bi = 0, bj = 1; var best = double.MinValue;
            for (var i = 0; i < groups.Count; i++)
                for (var j = i + 1; j < groups.Count; j++)
                {
                    var avg = link[i][j] / (groups[i].Count * groups[j].Count);
                    if (avg > best) { best = avg; bi = i; bj = j; }
                }
            if (groups[bi].Count >= _options.SplitMinGroup && groups[bj].Count >= _options.SplitMinGroup)
                (first, second) = ([.. groups[bi]], [.. groups[bj]]);
            groups[bi].AddRange(groups[bj]);
            for (var k = 0; k < groups.Count; k++) { link[bi][k] += link[bj][k]; link[k][bi] = link[bi][k]; }
            link[bi][bi] = 0;
            groups.RemoveAt(bj); link.RemoveAt(bj);
            foreach (var row in link) row.RemoveAt(bj);
        }
        if (first is null || second is null) return null;
        double Link(int i, List<int> g) => g.Average(j => sim[i, j]);
        var (g1, g2) = (first.ToList(), second.ToList());
        foreach (var i in Enumerable.Range(0, n).Where(i => !first.Contains(i) && !second.Contains(i)))
            (Link(i, first) >= Link(i, second) ? g1 : g2).Add(i);
        groups = [g1, g2];
        var (keep, move) = groups[0].Contains(0) ? (groups[0], groups[1]) : (groups[1], groups[0]);
        if (move.Count < _options.SplitMinGroup || keep.Count < _options.SplitMinGroup) return null;
        double Within(List<int> g) { double t = 0; foreach (var i in g) foreach (var j in g) if (i < j) t += sim[i, j]; return t / (g.Count * (g.Count - 1) / 2.0); }
        double between = 0;
        foreach (var i in keep) foreach (var j in move) between += sim[i, j];
        between /= keep.Count * move.Count;
        var (wk, wm) = (Within(keep), Within(move));
        if (between > _options.SplitRatio * Math.Min(wk, wm)) return null;

        var (keepNames, moveNames) = (GroupNames(keep.Select(i => members[i]).ToList(), move.Select(i => members[i]).ToList()),
            GroupNames(move.Select(i => members[i]).ToList(), keep.Select(i => members[i]).ToList()));
        if (_options.SplitNames && (keepNames.Count == 0 || moveNames.Count == 0)) return null;

        var old = _stories[story];
        var kept = new StoryProfile(old.Id, old.Index);
        foreach (var i in keep.Order()) kept.Add(members[i]);
        var index = _stories.Count;
        var moved = new StoryProfile("s" + (index + 1), index);
        foreach (var i in move.Order()) moved.Add(members[i]);
        _stories[story] = kept;
        _stories.Add(moved);
        _mergedInto.Add(index);
        _articlesOf[story] = keep.Order().Select(i => members[i]).ToList();
        while (_articlesOf.Count <= index) _articlesOf.Add([]);
        _articlesOf[index] = move.Order().Select(i => members[i]).ToList();
        foreach (var a in _articlesOf[index]) _storyOf[a.Id] = index;
        foreach (var key in old.DocCount.Keys)
            if (!kept.DocCount.ContainsKey(key) && _postings.TryGetValue(key, out var list)) list.RemoveAll(x => Find(x) == story);
        foreach (var key in moved.DocCount.Keys) Post(key, index);
        var why = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"split off {moved.Id} ({moved.Articles.Count} articles, first {moved.Articles[0]}) from {old.Id}: the two groups link at a mean cosine of {between:0.00}, "
            + $"against {wk:0.00} and {wm:0.00} within")
            + (keepNames.Count > 0 && moveNames.Count > 0
                ? $"; {old.Id} keeps naming {string.Join(", ", keepNames.Take(4).Select(k => kept.Info[k].Display))}, {moved.Id} {string.Join(", ", moveNames.Take(4).Select(k => moved.Info[k].Display))}" : "");
        return new StorySplit(old.Id, moved.Id, moved.Articles, why);
    }

    /// <summary>The names one group of a story keeps repeating (a repeated capitalised word of at least half its
    /// articles) that no article of the other group writes.</summary>
    private static List<string> GroupNames(List<StoryArticle> group, List<StoryArticle> other)
        => group.SelectMany(a => a.GateNamesAll).GroupBy(k => k, StringComparer.Ordinal)
            .Where(g => g.Count() * 2 >= group.Count && !other.Any(o => o.Contains(g.Key) || o.HasNameLike(g.Key)))
            .Select(g => g.Key).Order(StringComparer.Ordinal).ToList();

    private void Place(StoryArticle article, int story)
    {
        _storyOf[article.Id] = story;
        if (_options.SplitCheck)
        {
            while (_articlesOf.Count <= story) _articlesOf.Add([]);
            _articlesOf[story].Add(article);
        }
        if (_options.LearnedJoin && _options.LearnedLink)
        {
            while (_members.Count <= story) _members.Add([]);
            var single = new StoryProfile(article.Id, -1);
            single.Add(article);
            _members[story].Add(single);
        }
        foreach (var key in _stories[story].Add(article)) Post(key, story);
    }

    private void Merge(int from, int into)
    {
        foreach (var key in _stories[into].Absorb(_stories[from])) Post(key, into);
        if (_options.LearnedJoin && _options.LearnedLink) { _members[into].AddRange(_members[from]); _members[from].Clear(); }
        if (_options.SplitCheck) { _articlesOf[into].AddRange(_articlesOf[from]); _articlesOf[from].Clear(); }
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

    /// <summary>"shares Cho Tae-yong, NIS, troops, deploy, 2024-10-23": the article's features that weigh most in the
    /// story it joins — up to four names, then up to two words and two dates, each kind by weight, so that a reader
    /// sees what the articles have in common besides who is named (the names alone weigh most and would crowd out
    /// the rest).</summary>
    private string Why(StoryArticle a, StoryProfile s)
    {
        var shared = a.Features.Where(f => s.Sum.ContainsKey(f.Key) && f.Kind is FeatureKind.Name or FeatureKind.Participant or FeatureKind.Term or FeatureKind.Date)
            .Select(f => (f, score: a.Vector[f.Key] * s.Sum[f.Key] * Math.Pow(_idf.Of(f.Key), 2)))
            .OrderByDescending(x => x.score).ThenBy(x => x.f.Key, StringComparer.Ordinal)
            .Select(x => x.f).ToList();
        var names = shared.Where(f => f.Kind is FeatureKind.Name or FeatureKind.Participant).Take(8).ToList();
        // a single name word already inside a shown multi-word name adds nothing
        names = names.Where(f => !(f.Kind == FeatureKind.Name && !f.Key.StartsWith("n:", StringComparison.Ordinal)
            && names.Any(g => g.Key.StartsWith("n:", StringComparison.Ordinal) && g.Key.Split(' ', ':').Contains(f.Key)))).ToList();
        string Shown(StoryFeature f) => s.Info.TryGetValue(f.Key, out var i) ? i.Display : f.Display;
        var shown = names.Select(Shown).Distinct(StringComparer.Ordinal).Take(4)
            .Concat(shared.Where(f => f.Kind == FeatureKind.Term).Select(Shown).Distinct(StringComparer.Ordinal).Take(2))
            .Concat(shared.Where(f => f.Kind == FeatureKind.Date).Select(Shown).Distinct(StringComparer.Ordinal).Take(2))
            .Distinct(StringComparer.Ordinal);
        return "shares " + string.Join(", ", shown);
    }
}
