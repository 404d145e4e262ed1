using Triangulate.Documents;

namespace Triangulate.Rendering.Json;

/// <summary>
/// Article-local entity ids ("e1" in every article) made unique within one analysis document. The contract
/// requires entity ids to be unique per document, and a reader must be able to join a quote's speaker to the
/// mentions of the same article, so both are renumbered through this one map. Numbering follows articles in id
/// order, then first appearance (mentions by offset, then quote speakers and chains), so it is deterministic.
/// </summary>
public sealed class DocumentEntityIds
{
    private readonly Dictionary<(string Article, string Local), string> _ids = new();

    public DocumentEntityIds(IEnumerable<AnalyzedArticle> articlesInIdOrder)
    {
        var next = 1;
        void See(string article, string? local)
        {
            if (string.IsNullOrEmpty(local)) return;
            if (_ids.ContainsKey((article, local))) return;
            _ids[(article, local)] = "e" + next++;
        }

        foreach (var a in articlesInIdOrder)
        {
            var id = a.Article.Id;
            foreach (var m in a.Mentions.OrderBy(m => m.Start).ThenBy(m => m.End)) See(id, m.Entity);
            foreach (var q in a.Quotes.OrderBy(q => q.Start).ThenBy(q => q.End))
            {
                See(id, q.Speaker?.Entity);
                foreach (var e in q.ChainEntities) See(id, e);
            }
        }
    }

    /// <summary>The document-wide id, or null for a null local id.</summary>
    public string? this[string article, string? local]
        => local is null ? null : _ids.TryGetValue((article, local), out var id) ? id : null;
}
