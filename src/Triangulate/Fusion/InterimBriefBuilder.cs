using Triangulate.Documents;

namespace Triangulate.Fusion;

/// <summary>
/// INTERIM — replaced by <c>Triangulate.Fusion.BriefBuilder</c> when the fusion stages land. Builds the brief the
/// contract allows before story clustering exists: the article list and one story grouping all inputs, with every
/// analytic section left null (absent from the output) rather than invented.
/// </summary>
public static class InterimBriefBuilder
{
    public static Brief Build(IReadOnlyList<AnalyzedArticle> analyzed, IReadOnlyList<InputError> errors)
    {
        var ordered = analyzed.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
        var articles = ordered
            .Select(a => new BriefArticle(a.Article.Id, a.Article.Published, a.Article.Title, a.Article.Source)
            {
                Outlet = a.Article.Outlet,
                Url = a.Article.Url,
            })
            .ToList();
        var stories = ordered.Count == 0
            ? []
            : new List<Story> { new("s1", Headline(ordered), ordered.Select(a => a.Article.Id).ToList()) };
        return new Brief(articles, stories) { Errors = errors };
    }

    /// <summary>The first title any article carries, else the first body line of the first article: words that
    /// exist in the input, not a generated sentence.</summary>
    private static string Headline(IReadOnlyList<AnalyzedArticle> ordered)
    {
        var title = ordered.Select(a => a.Article.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        if (title is not null) return title.Trim();

        var first = ordered[0];
        var noise = first.Removed.Concat(first.Article.KnownNoise).OrderBy(r => r.Start).ToList();
        foreach (var sentence in first.Sentences)
        {
            var start = AfterNoise(sentence.Start, noise);
            if (start < sentence.End && first.Text[start..sentence.End].Trim().Length > 0)
                return Shorten(first.Text[start..sentence.End]);
        }

        var rest = first.Text[Math.Min(AfterNoise(0, noise), first.Text.Length)..];
        var line = rest.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return Shorten(line ?? first.Article.Id);
    }

    /// <summary>The first offset at or after <paramref name="offset"/> that no removed span covers.</summary>
    private static int AfterNoise(int offset, IReadOnlyList<RemovedSpan> noise)
    {
        foreach (var r in noise)
            if (r.Start <= offset && r.End > offset) offset = r.End;
        return offset;
    }

    private static string Shorten(string s)
    {
        s = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (s.Length <= 120) return s;
        var cut = s.LastIndexOf(' ', 117);
        return (cut > 40 ? s[..cut] : s[..117]) + "…";
    }
}
