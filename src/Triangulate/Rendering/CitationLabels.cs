using Triangulate.Documents;

namespace Triangulate.Rendering;

/// <summary>
/// Short, stable names for articles in human-readable output: "000" for "000_968b7a350e860486" (the part before
/// the first '_', as the contract's own examples write it) when that prefix is unique among the articles, else the
/// whole id. A citation reads <c>[000:123-140]</c>: article, start, end of the span in the original text.
/// </summary>
public sealed class CitationLabels
{
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public CitationLabels(IEnumerable<string> articleIds)
    {
        var ids = articleIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var prefixes = ids.Select(Prefix).ToList();
        var unique = prefixes.All(p => p.Length > 0) && prefixes.Distinct(StringComparer.Ordinal).Count() == ids.Count;
        for (var i = 0; i < ids.Count; i++)
        {
            _labels[ids[i]] = unique ? prefixes[i] : ids[i];
            _index[ids[i]] = i;
        }
    }

    public IEnumerable<string> Ids => _index.Keys.Order(StringComparer.Ordinal);

    public string Label(string articleId) => _labels.TryGetValue(articleId, out var l) ? l : articleId;

    /// <summary>Position of the article in id order; used to build HTML anchors that are valid whatever the id holds.</summary>
    public int Index(string articleId) => _index.TryGetValue(articleId, out var i) ? i : -1;

    public string Cite(string articleId, int start, int end) => $"[{Label(articleId)}:{start}-{end}]";

    public string Cite(ArticleSpan span) => Cite(span.Article, span.Start, span.End);

    private static string Prefix(string id)
    {
        var cut = id.IndexOf('_');
        return cut > 0 ? id[..cut] : "";
    }
}
