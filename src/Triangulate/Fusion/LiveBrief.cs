using Triangulate.Documents;
using Triangulate.Fusion.Copies;
using Triangulate.Fusion.Stories;

namespace Triangulate.Fusion;

/// <summary>
/// A brief that grows one article at a time, for a server that receives a day's news as it comes: each article is
/// added to the copy detector and the story clusterer incrementally (neither revisits earlier articles), and only
/// the stories an addition touched are fused again, lazily, the next time they are read. Reading a story that no
/// article joined since it was last fused costs nothing. Not thread-safe: the caller serialises access.
/// </summary>
public sealed class LiveBrief
{
    private readonly BriefFusion _fusion;
    private readonly CopyDetector _copies;
    private readonly StoryClusterer _clusterer;
    private readonly Dictionary<string, AnalyzedArticle> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _why = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Story> _fused = new(StringComparer.Ordinal);
    private CopyReport? _report;
    private ILookup<string, ArticleOverlap>? _overlapsOf;

    public LiveBrief(BriefFusion fusion)
    {
        _fusion = fusion;
        _copies = fusion.NewCopyDetector();
        _clusterer = fusion.NewStoryClusterer();
    }

    public int Count => _articles.Count;

    public bool Contains(string articleId) => _articles.ContainsKey(articleId);

    /// <summary>Adds articles in the order given (arrival order). An id already present is refused: replacing an
    /// article's text means rebuilding, since the clusterer never forgets what it was shown.</summary>
    public IReadOnlyList<StoryAssignment> Add(IEnumerable<AnalyzedArticle> articles)
    {
        var assignments = new List<StoryAssignment>();
        foreach (var a in articles)
        {
            if (_articles.ContainsKey(a.Article.Id))
                throw new InvalidOperationException($"Article '{a.Article.Id}' is already in the brief; rebuild to replace it.");
            _articles[a.Article.Id] = a;
            _copies.Add(a);
            var assignment = _clusterer.Add(a);
            _why[a.Article.Id] = assignment.Why;
            _fused.Remove(assignment.StoryId);
            // a story merged into the older one is gone: its cached fusion must not be served again
            foreach (var merged in assignment.Merged) _fused.Remove(merged);
            // a split moves articles to a new story: their why says so (the members check refreshes both fusions)
            foreach (var split in assignment.Splits)
            {
                split.NoteIn(_why);
                _splits.Add((split.From, split.Into));
            }
            assignments.Add(assignment);
        }
        if (assignments.Count > 0) (_report, _overlapsOf) = (null, null);
        return assignments;
    }

    private readonly List<(string From, string Into)> _splits = [];

    /// <summary>The pairs of stories (the clusterer's ids) the split re-check split one from the other, in order:
    /// related stories for the brief-level identities (<see cref="Entities.EntityIdentities.Link"/>).</summary>
    public IReadOnlyList<(string From, string Into)> Splits => _splits;

    /// <summary>The clusterer's stories (its own ids, in creation order) and their members.</summary>
    public IReadOnlyList<(string Id, IReadOnlyList<string> Articles)> Stories => _clusterer.Stories;

    /// <summary>The fused story with the clusterer's id, or null. Fused again only if its members changed.</summary>
    public Story? Story(string storyId)
    {
        var members = _clusterer.Stories.FirstOrDefault(s => s.Id == storyId).Articles;
        if (members is null || members.Count == 0) return null;
        if (_fused.TryGetValue(storyId, out var cached) && SameMembers(cached.Articles, members)) return cached;
        var story = _fusion.FuseStory(storyId, members.Select(m => _articles[m]).ToArray(), Report(), _why);
        _fused[storyId] = story;
        return story;
    }

    /// <summary>The brief entries (copy relations, shared passages) of the given articles.</summary>
    public IReadOnlyList<BriefArticle> ArticleEntries(IEnumerable<string> articleIds)
    {
        var report = Report();
        return BriefFusion.ArticleEntries(articleIds.Where(_articles.ContainsKey).Order(StringComparer.Ordinal).Select(id => _articles[id]),
            report, _overlapsOf ??= BriefFusion.OverlapsByArticle(report));
    }

    /// <summary>The headline a story of these members gets (<see cref="BriefFusion.Headline"/>).</summary>
    public string Headline(IReadOnlyList<string> members) => BriefFusion.Headline(members.Select(m => _articles[m]).ToArray());

    private CopyReport Report() => _report ??= _copies.Report();

    private static bool SameMembers(IReadOnlyList<string> fused, IReadOnlyList<string> now)
        => fused.Count == now.Count && now.All(new HashSet<string>(fused, StringComparer.Ordinal).Contains);
}
