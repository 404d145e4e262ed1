using System.Diagnostics;
using Triangulate.Documents;
using Triangulate.Fusion.Copies;
using Triangulate.Fusion.Entities;
using Triangulate.Fusion.Stories;

namespace Triangulate.Fusion;

/// <summary>Builds a <see cref="BriefFusion"/>: the cross-source steps (copies, stories, entities) and the
/// story-level stages that run after them. Build once, reuse for many inputs.
/// <code>var brief = BriefBuilder.Build(analyzed, errors);</code> uses the default stages.</summary>
public sealed class BriefBuilder
{
    private readonly List<IStoryStage> _stages = [];
    private CopyOptions _copies = new();
    private StoryOptions _stories = new();

    public BriefBuilder Use(IStoryStage stage)
    {
        if (_stages.Any(s => s.Name == stage.Name))
            throw new InvalidOperationException($"Story stage '{stage.Name}' is already registered.");
        _stages.Add(stage);
        return this;
    }

    public BriefBuilder WithCopies(CopyOptions options) { _copies = options; return this; }
    public BriefBuilder WithStories(StoryOptions options) { _stories = options; return this; }

    public BriefFusion Build() => new(_copies, _stories, _stages);

    /// <summary>A builder with the default story stages registered (<see cref="DefaultStoryStages"/>).</summary>
    public static BriefBuilder Default()
    {
        var b = new BriefBuilder();
        DefaultStoryStages.Register(b);
        return b;
    }

    private static readonly Lazy<BriefFusion> _default = new(() => Default().Build());

    /// <summary>The brief of analysed articles with the default steps; <paramref name="errors"/> are passed through.</summary>
    public static Brief Build(IReadOnlyList<AnalyzedArticle> articles, IReadOnlyList<InputError> errors)
        => _default.Value.Fuse(articles, errors);
}

/// <summary>The immutable cross-source pipeline: copies and shared passages, then stories (incremental clustering in
/// article id order), then each story's entities, then the registered story stages in order.</summary>
public sealed class BriefFusion
{
    private readonly CopyOptions _copies;
    private readonly StoryOptions _stories;
    private readonly IStoryStage[] _stages;

    internal BriefFusion(CopyOptions copies, StoryOptions stories, IEnumerable<IStoryStage> stages)
    {
        _copies = copies; _stories = stories; _stages = stages.ToArray();
    }

    public IReadOnlyList<IStoryStage> Stages => _stages;

    /// <summary>Fuses the articles into a brief. Stories are independent once clustered, so their entity merge and
    /// story stages run in parallel; the result does not depend on the degree of parallelism (stories keep their
    /// clustering order). <paramref name="timings"/>, when given, receives the time spent in each step.</summary>
    public Brief Fuse(IReadOnlyList<AnalyzedArticle> articles, IReadOnlyList<InputError>? errors = null, FusionTimings? timings = null)
    {
        var clock = Stopwatch.StartNew();
        var ordered = articles.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToArray();
        var byId = ordered.ToDictionary(a => a.Article.Id, StringComparer.Ordinal);

        var copies = NewCopyDetector();
        foreach (var a in ordered) copies.Add(a);
        var report = copies.Report();
        timings?.Add("copies", clock.Elapsed);
        clock.Restart();
        var briefArticles = ArticleEntries(ordered, report);

        var clusterer = NewStoryClusterer();
        var why = new Dictionary<string, string>(StringComparer.Ordinal);
        var splits = new List<StorySplit>();
        foreach (var a in ordered)
        {
            var assignment = clusterer.Add(a);
            splits.AddRange(assignment.Splits);
            why[a.Article.Id] = assignment.Why;
            // the split re-check (StoryOptions.SplitCheck, on by default) moves articles to a new story: their why says so
            foreach (var split in assignment.Splits) split.NoteIn(why);
        }
        timings?.Add("stories", clock.Elapsed);

        var clustered = clusterer.Stories.ToArray();
        var stories = new Story[clustered.Length];
        Parallel.For(0, clustered.Length, i =>
        {
            var (id, members) = clustered[i];
            stories[i] = FuseStory(id, members.Select(m => byId[m]).ToArray(), report, why, timings);
        });
        // stories the clusterer split one from the other are related for the brief-level identities
        var splitPairs = EntityIdentities.SplitPairs(clustered.Select(c => c.Id).ToArray(), splits.Select(x => (x.From, x.Into)));
        return new Brief(briefArticles, EntityIdentities.Assign(DocumentIds.MakeUnique(stories), splitPairs)) { Errors = errors ?? [] };
    }

    /// <summary>A copy detector and a story clusterer with this fusion's options, for callers that add articles one
    /// at a time (<see cref="LiveBrief"/>).</summary>
    internal CopyDetector NewCopyDetector() => new(_copies);
    internal StoryClusterer NewStoryClusterer() => new(_stories);

    /// <summary>The brief's entry for each article: its copy relation and the passages it shares with others.</summary>
    internal static BriefArticle[] ArticleEntries(IEnumerable<AnalyzedArticle> articles, CopyReport report)
        => ArticleEntries(articles, report, OverlapsByArticle(report));

    /// <summary>The report's overlaps by the article they are seen from; a caller that reads entries often keeps
    /// this beside its report (<see cref="LiveBrief"/>) rather than building it over all overlaps per read.</summary>
    internal static ILookup<string, ArticleOverlap> OverlapsByArticle(CopyReport report)
        => report.Overlaps.ToLookup(o => o.Article, StringComparer.Ordinal);

    internal static BriefArticle[] ArticleEntries(IEnumerable<AnalyzedArticle> articles, CopyReport report, ILookup<string, ArticleOverlap> overlapsOf)
    {
        return articles.Select(a => new BriefArticle(a.Article.Id, a.Article.Published, a.Article.Title, a.Article.Source)
        {
            Outlet = a.Article.Outlet,
            Url = a.Article.Url,
            CopyOf = report.CopyOf.GetValueOrDefault(a.Article.Id),
            SharedPassages = overlapsOf[a.Article.Id].OrderBy(o => o.With, StringComparer.Ordinal)
                .Select(o => new SharedPassage(o.With, Math.Round(o.Share, 3))
                {
                    Passages = o.Passages.Select(p => new ArticleSpan(a.Article.Id, p.Start, p.End, p.TextOf(a.Text))).ToArray(),
                }).ToArray(),
        }).ToArray();
    }

    /// <summary>One story from its member articles: entities merged across them, then the story stages in order.
    /// Depends only on the members, the copy relations among them and why each joined, so a story can be fused
    /// again alone when an article joins it.</summary>
    internal Story FuseStory(string id, IReadOnlyList<AnalyzedArticle> members, CopyReport report,
        IReadOnlyDictionary<string, string> why, FusionTimings? timings = null)
    {
        var step = Stopwatch.StartNew();
        var docs = members.OrderBy(m => m.Article.Id, StringComparer.Ordinal).ToArray();
        var story = new Story(id, Headline(docs), docs.Select(d => d.Article.Id).ToArray())
        {
            Why = docs.ToDictionary(d => d.Article.Id, d => why.GetValueOrDefault(d.Article.Id, ""), StringComparer.Ordinal),
        };
        var mentionsRan = docs.Any(d => d.StagesRun.Contains("mentions") || d.Mentions.Count > 0);
        var index = mentionsRan ? EntityMerger.Merge(docs) : EntityIndex.Empty;
        if (mentionsRan) story = story with { Entities = index.Entities };
        timings?.Add("entities", step.Elapsed);
        var context = new StoryContext
        {
            StoryId = id,
            Articles = docs,
            CopyOf = docs.Where(d => report.CopyOf.ContainsKey(d.Article.Id))
                .ToDictionary(d => d.Article.Id, d => report.CopyOf[d.Article.Id], StringComparer.Ordinal),
            Entities = index,
        };
        foreach (var stage in _stages)
        {
            step.Restart();
            story = stage.Apply(context, story);
            timings?.Add(stage.Name, step.Elapsed);
        }
        return story;
    }

    /// <summary>An extractive headline, never invented: the title of the story's earliest article (by publication
    /// date, then id), or else that article's first body sentence.</summary>
    internal static string Headline(IReadOnlyList<AnalyzedArticle> docs)
    {
        var earliest = docs.OrderBy(d => d.Article.Published ?? DateOnly.MaxValue).ThenBy(d => d.Article.Id, StringComparer.Ordinal).ToArray();
        foreach (var d in earliest)
            if (!string.IsNullOrWhiteSpace(d.Article.Title)) return d.Article.Title.Trim();
        var first = earliest[0];
        var removedTitle = first.Removed.FirstOrDefault(r => r.Kind == NoiseKind.Title);
        if (removedTitle is not null) return first.Text[removedTitle.Start..removedTitle.End].Trim();
        var noise = first.Removed.Concat(first.Article.KnownNoise).ToArray();
        foreach (var sentence in first.BodySentences)
        {
            // a sentence may begin on a header line (" date 2024-10-23 The troops ..."): start after the noise
            var from = sentence.Start;
            foreach (var r in noise.OrderBy(r => r.Start))
                if (r.Start <= from && from < r.End) from = r.End;
            while (from < sentence.End && char.IsWhiteSpace(first.Text[from])) from++;
            if (from < sentence.End) return first.Text[from..sentence.End];
        }
        var words = FusionText.BodyWords(first);
        if (words.Count == 0) return "";
        // no segmentation: the body's first line
        var start = words[0].Start;
        var end = first.Text.IndexOf('\n', start);
        return first.Text[start..(end < 0 ? first.Text.Length : end)].Trim();
    }
}
