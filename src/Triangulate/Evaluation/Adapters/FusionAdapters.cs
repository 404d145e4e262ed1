using Triangulate.Documents;
using Triangulate.Evaluation.FusionEval;
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
        var story = new Dictionary<int, string>();
        foreach (var i in Enumerable.Range(0, articles.Count).OrderBy(i => articles[i].Id, StringComparer.Ordinal))
            story[i] = clusterer.Add(analyzed[i]).StoryId;
        return Enumerable.Range(0, articles.Count).Select(i => story[i]).ToList();
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
                ? new Mention(m.Span.Start, m.Span.End, text, m.Kind, local[i], EntityEvaluation.NamePart(text), null) { Form = "name" }
                : new Mention(m.Span.Start, m.Span.End, text, m.Kind, local[i], text, null) { Form = "description" });
        }
        var analyzed = articles.Select((a, i) => new AnalyzedArticle(a) { Mentions = perArticle[i] }).ToList();
        var index = EntityMerger.Merge(analyzed);
        return mentions.Select((m, i) => index.Resolve(articles[m.Article].Id, local[i]) ?? $"unresolved/{i}").ToList();
    }
}
