using Triangulate.Documents;
using Triangulate.Pipeline;

namespace Triangulate.Cleaning;

/// <summary>Copies what the reader already knew to be noise (the " date ..." header).</summary>
public sealed class MetadataDetector : INoiseDetector
{
    public IEnumerable<RemovedSpan> Detect(CleaningContext context) => context.Article.KnownNoise;
}

/// <summary>
/// The cleaning stage: finds non-body text (metadata, title, captions, credits, embedded posts, bylines, footers,
/// boilerplate) and reports it as sorted, non-overlapping <see cref="AnalyzedArticle.Removed"/> spans into the
/// original text. Nothing is deleted: later stages skip removed spans. Detectors run in order of confidence and the
/// first to claim a character keeps it. A title line, when found, becomes <see cref="Article.Title"/> unless the
/// reader already had one (HTML metadata, JSON Lines "title").
/// </summary>
public sealed class CleaningStage : IArticleStage
{
    private readonly INoiseDetector[] _detectors;

    public CleaningStage() : this(
        new MetadataDetector(), new EmbeddedPostDetector(), new CaptionDetector(), new TitleLineDetector(),
        new BylineDetector(), new FooterDetector(), new BoilerplateDetector())
    { }

    public CleaningStage(params INoiseDetector[] detectors) => _detectors = detectors;

    public string Name => "cleaning";

    public AnalyzedArticle Apply(AnalyzedArticle doc)
    {
        var context = new CleaningContext(doc.Article);
        var removed = Find(context);
        var article = doc.Article;
        if (article.Title is null && removed.FirstOrDefault(r => r.Kind == NoiseKind.Title) is { } t)
            article = article with { Title = article.Text[t.Start..t.End] };
        return doc with { Article = article, Removed = removed };
    }

    public IReadOnlyList<RemovedSpan> Find(CleaningContext context)
    {
        var text = context.Text;
        var accepted = new List<RemovedSpan>();
        foreach (var detector in _detectors)
        {
            foreach (var r in detector.Detect(context))
            {
                if (r.Start < 0 || r.End > text.Length || r.End <= r.Start) continue;
                if (accepted.Any(a => a.Start < r.End && r.Start < a.End)) continue;
                accepted.Add(r);
            }
        }
        accepted.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return accepted;
    }
}
