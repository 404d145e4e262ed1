using Triangulate.Documents;
using Triangulate.Fusion.Entities;
using Triangulate.Fusion.Stories;
using Triangulate.Pipeline;

namespace Triangulate.Evaluation.Adapters;

/// <summary>Story clustering by <see cref="StoryClusterer"/>: articles analysed by the default pipeline and streamed
/// in id order (as the product adds them), default <see cref="StoryOptions"/>.</summary>
public sealed class StoryClustererAdapter : IStoryClustererAdapter
{
    public IReadOnlyList<string> Cluster(IReadOnlyList<Article> articles)
    {
        var pipeline = PipelineBuilder.Default().Build();
        var analyzed = pipeline.AnalyzeAll(articles);
        var clusterer = new StoryClusterer();
        foreach (var i in Enumerable.Range(0, articles.Count).OrderBy(i => articles[i].Id, StringComparer.Ordinal))
            clusterer.Add(analyzed[i]);
        // read at the end: a later article may have merged an earlier one's story into an older one
        return articles.Select(a => clusterer.StoryOf(a.Id)!).ToList();
    }
}

/// <summary>Cross-document entity merging by <see cref="EntityMerger"/> over given mentions: each mention enters as
/// its own article-local entity (so all merging, inside and across articles, is the merger's), as a name when its head
/// word is capitalised (canonical = its longest capitalised run) and as a description otherwise.</summary>
public sealed class EntityMergerAdapter : IEntityCorefAdapter
{
    public IReadOnlyList<string> Resolve(IReadOnlyList<Article> articles, IReadOnlyList<GivenMention> mentions)
    {
        var local = new string[mentions.Count];
        var perArticle = new List<Mention>[articles.Count];
        for (var a = 0; a < articles.Count; a++) perArticle[a] = [];
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            local[i] = "m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = articles[m.Article].Text[m.Span.Start..m.Span.End];
            var words = text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            var head = words.LastOrDefault(w => w.Any(char.IsLetterOrDigit)) ?? "";
            var named = head.Length > 0 && (char.IsUpper(head[0]) || char.IsDigit(head[0]));
            perArticle[m.Article].Add(named
                ? new Mention(m.Span.Start, m.Span.End, text, m.Kind, local[i], NamePart(text), null) { Form = "name" }
                : new Mention(m.Span.Start, m.Span.End, text, m.Kind, local[i], text, null) { Form = "description" });
        }
        var analyzed = articles.Select((a, i) => new AnalyzedArticle(a) { Mentions = perArticle[i] }).ToList();
        var index = EntityMerger.Merge(analyzed);
        return mentions.Select((m, i) => index.Resolve(articles[m.Article].Id, local[i]) ?? $"unresolved/{i}").ToList();
    }

    /// <summary>The longest run of capitalised words in a mention ("the actress Lindsay Lohan" → "Lindsay Lohan").</summary>
    internal static string NamePart(string text)
    {
        var words = text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        string best = ""; var run = new List<string>();
        void Close() { var s = string.Join(' ', run); if (s.Length > best.Length) best = s; run.Clear(); }
        foreach (var w in words)
        {
            if (w.Length > 0 && (char.IsUpper(w[0]) || (run.Count > 0 && w is "-" or "of" or "'s"))) run.Add(w);
            else Close();
        }
        Close();
        return best.Length == 0 ? text : best.Replace(" - ", "-").Replace(" 's", "'s");
    }
}

/// <summary>The product's entity path on raw articles, as <c>brief</c> runs it: the default pipeline analyses each
/// article (its mentions stage finds and groups the mentions), <see cref="StoryClusterer"/> streams the articles in id
/// order into predicted stories, and <see cref="EntityMerger"/> merges the article-local entities of each group.</summary>
public sealed class SystemEntitiesAdapter : ISystemEntitiesAdapter
{
    public ISystemEntities Analyze(IReadOnlyList<Article> articles)
    {
        var analyzed = PipelineBuilder.Default().Build().AnalyzeAll(articles);
        var clusterer = new StoryClusterer();
        var splits = new List<(string, string)>();
        foreach (var i in Enumerable.Range(0, articles.Count).OrderBy(i => articles[i].Id, StringComparer.Ordinal))
            splits.AddRange(clusterer.Add(analyzed[i]).Splits.Select(x => (x.From, x.Into)));
        return new Result(analyzed, articles.Select(a => clusterer.StoryOf(a.Id)!).ToArray(), splits);
    }

    private sealed class Result(IReadOnlyList<AnalyzedArticle> analyzed, IReadOnlyList<string> stories, IReadOnlyList<(string, string)> splits) : ISystemEntities
    {
        public IReadOnlyList<string> Stories => stories;

        public IReadOnlyList<IReadOnlyList<SystemEntityMention>> Merge(IReadOnlyList<string> groups)
        {
            var result = new IReadOnlyList<SystemEntityMention>[analyzed.Count];
            var merged = Enumerable.Range(0, analyzed.Count).GroupBy(i => groups[i], StringComparer.Ordinal)
                .Select(g => (g.Key, Members: g.ToArray(), Index: EntityMerger.Merge(g.Select(i => analyzed[i]).ToArray())))
                .ToArray();
            // the brief-level identities linking entities of different groups, as brief writes them
            var pairs = EntityIdentities.SplitPairs(merged.Select(g => g.Key).ToArray(), splits);
            var identities = EntityIdentities.Link(merged.Select(g => g.Index.Entities).ToArray(), pairs);
            for (var k = 0; k < merged.Length; k++)
            {
                var (key, members, index) = merged[k];
                var position = index.Entities.Select((e, x) => (e.Id, x)).ToDictionary(p => p.Id, p => p.x, StringComparer.Ordinal);
                string Label(string article, string local)
                    => index.Resolve(article, local) is not { } entity ? key + "/" + article + "#" + local
                        : identities[k][position[entity]] ?? key + "/" + entity;
                foreach (var i in members)
                {
                    var id = analyzed[i].Article.Id;
                    result[i] = analyzed[i].Mentions.Select(m => new SystemEntityMention(m.Span, Label(id, m.Entity), m.Kind)).ToArray();
                }
            }
            return result;
        }
    }
}
