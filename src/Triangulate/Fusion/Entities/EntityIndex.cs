using Triangulate.Documents;

namespace Triangulate.Fusion.Entities;

/// <summary>The story's cross-article entities and the map from article-local ids to them. Ids "e1", "e2"... in
/// order of first mention (articles by id, then offset), so the same input always gives the same ids.</summary>
public sealed class EntityIndex : IEntityIndex
{
    private readonly Dictionary<(string, string), string> _map;
    public IReadOnlyList<StoryEntity> Entities { get; }

    private EntityIndex(Dictionary<(string, string), string> map, IReadOnlyList<StoryEntity> entities) { _map = map; Entities = entities; }

    public string? Resolve(string articleId, string localEntity) => _map.GetValueOrDefault((articleId, localEntity));

    public static EntityIndex Empty { get; } = new(new(), []);

    internal static EntityIndex Build(IReadOnlyList<LocalEntity> locals, UnionFind uf)
    {
        var groups = Enumerable.Range(0, locals.Count).GroupBy(uf.Find)
            .Select(g => g.Select(i => locals[i]).ToArray())
            .OrderBy(g => g[0].Article, StringComparer.Ordinal).ThenBy(g => g.Min(l => l.Mentions[0].Start))
            .ToArray();
        var map = new Dictionary<(string, string), string>();
        var entities = new List<StoryEntity>();
        foreach (var g in groups)
        {
            var id = "e" + (entities.Count + 1);
            foreach (var l in g) map[(l.Article, l.Local)] = id;
            var names = g.SelectMany(l => l.Names).ToArray();
            var kind = g.Where(l => l.Kind != EntityKind.Other).Select(l => l.Kind).DefaultIfEmpty(EntityKind.Other)
                .GroupBy(k => k).OrderByDescending(k => k.Count()).ThenBy(k => k.Key).First().Key;
            // the name: the form the articles write most (CanonicalName), each article's own canonical as a tie-breaker
            var lex = Extraction.Mentions.MentionLexicon.Instance;
            var uses = g.SelectMany(l => l.Mentions.Where(m => m.Form is "name" or "acronym" && !lex.IsDemonymForm(m.Text) && !EntityMerger.StandsIn(m, l.Canonical, l.Mentions))
                    .Select(m => new CanonicalName.Use(m.Text, 1))
                    .Append(new CanonicalName.Use(l.Named ? l.Canonical : "", 0.5)));
            var name = CanonicalName.Choose(uses, kind) ?? g[0].Canonical;
            var role = g.Select(l => l.Role).Where(r => r is not null).GroupBy(r => r!, StringComparer.Ordinal)
                .OrderByDescending(r => r.Count()).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key).FirstOrDefault();
            var aliases = g.SelectMany(l => l.Mentions.Where(m => m.Form is "name" or "surname" or "acronym" && !EntityMerger.StandsIn(m, l.Canonical, l.Mentions)).Select(m => m.Text))
                .Concat(names).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var mentions = g.SelectMany(l => l.Mentions.Select(m => new ArticleSpan(l.Article, m.Start, m.End, m.Text)))
                .OrderBy(s => s.Article, StringComparer.Ordinal).ThenBy(s => s.Start).ThenBy(s => s.End).ToArray();
            entities.Add(new StoryEntity(id, name, kind, role, aliases, mentions));
        }
        return new EntityIndex(map, entities);
    }
}
