using Triangulate.Documents;
using Triangulate.Extraction.Mentions;
using Triangulate.Fusion;
using Triangulate.Fusion.Entities;
using Triangulate.Pipeline;
using Triangulate.Tests.Support;
using Triangulate.Text;

namespace Triangulate.Tests.Fusion;

/// <summary>
/// Runs Specs/Entities/*.md: several articles of one story (the ```text block holds them, each after a line
/// <c>=== id</c>), analysed by the real segmentation and mentions stages and merged by <see cref="EntityMerger"/>.
/// Each ```expected line is <c>id: mention text | label</c> (the first not yet matched mention of article id with
/// exactly that text): lines with the same label must be one story entity, lines with different labels must not.
/// <c>name label: Name</c> checks the story entity's name, <c>kind label: kind</c> its kind. Articles with ids
/// "s1/a", "s2/b" are of stories s1 and s2: each story is merged alone, and lines of different stories share a
/// label when <see cref="EntityIdentities"/> gives their entities one brief-level identity. A story "s2^s1" is one the
/// story clusterer split from story s1 (articles "s2^s1/b"): the two are related stories.
/// </summary>
public class EntitySpecTests
{
    public static IEnumerable<object[]> Specs => SpecFile.Cases("Entities");

    private static readonly ArticlePipeline Pipeline = new PipelineBuilder().Use(new SegmentationStage()).Use(new MentionStage()).Build();

    [Theory]
    [MemberData(nameof(Specs))]
    public void Story_entities_match_the_spec(SpecCase spec)
    {
        var articles = Split(spec.Input).Select(a => Pipeline.Analyze(new Article { Id = a.Id, Source = a.Id, Text = a.Text })).ToList();
        // articles "s1/a", "s2/b" belong to stories s1, s2: merged per story, then linked by brief-level identities
        var stories = articles.GroupBy(StoryOf, StringComparer.Ordinal).ToArray();
        var indexes = stories.ToDictionary(g => g.Key, g => EntityMerger.Merge(g.ToArray()), StringComparer.Ordinal);
        var keys = stories.Select(g => g.Key).ToArray();
        // a story "s2^s1" is one the clusterer split from story s1 (related stories)
        var splitPairs = keys.Select((k, i) => (i, From: k.Contains('^') ? Array.IndexOf(keys, k[(k.IndexOf('^') + 1)..]) : -1))
            .Where(p => p.From >= 0).Select(p => (p.i, p.From)).ToArray();
        var identities = EntityIdentities.Link(keys.Select(k => indexes[k].Entities).ToArray(), splitPairs);
        var entityOf = new Dictionary<string, StoryEntity>(StringComparer.Ordinal);
        string? Resolve(AnalyzedArticle a, string local)
        {
            var story = StoryOf(a);
            if (indexes[story].Resolve(a.Article.Id, local) is not { } id) return null;
            var x = indexes[story].Entities.Select((e, i) => (e, i)).First(p => p.e.Id == id).i;
            var label = identities[Array.IndexOf(keys, story)][x] ?? story + "/" + id;
            entityOf[label] = indexes[story].Entities[x];
            return label;
        }
        var report = string.Join("\n", articles.SelectMany(a => a.Mentions.Select(m =>
            $"  {a.Article.Id}: {m.Text} | {m.Kind} | {m.Form} | {Resolve(a, m.Entity)}")))
            + "\n" + string.Join("\n", keys.SelectMany(k => indexes[k].Entities.Select(e => $"  {k}/{e.Id} {e.Kind} '{e.Name}'")));
        var used = new HashSet<(string, Mention)>(); // per article: records of two articles can be equal
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in spec.Expected)
        {
            if (line.StartsWith("name ", StringComparison.Ordinal) || line.StartsWith("kind ", StringComparison.Ordinal))
            {
                var colon = line.IndexOf(':');
                var label = line[5..colon].Trim();
                labels.ShouldContainKey(label, $"label {label} must be used before '{line}'");
                var entity = entityOf[labels[label]];
                var value = line[(colon + 1)..].Trim();
                if (line.StartsWith("name", StringComparison.Ordinal)) entity.Name.ShouldBe(value, $"name of {label}.\n{report}");
                else entity.Kind.ToString().ToLowerInvariant().ShouldBe(value, $"kind of {label}.\n{report}");
                continue;
            }
            var idEnd = line.IndexOf(':');
            var id = line[..idEnd].Trim();
            var f = line[(idEnd + 1)..].Split('|').Select(p => p.Trim()).ToArray();
            var article = articles.Single(a => a.Article.Id == id);
            var found = article.Mentions.FirstOrDefault(m => m.Text == f[0] && !used.Contains((id, m)));
            found.ShouldNotBeNull($"no mention '{f[0]}' in {id}.\n{report}");
            used.Add((id, found));
            var storyEntity = Resolve(article, found.Entity);
            storyEntity.ShouldNotBeNull();
            if (labels.TryGetValue(f[1], out var expected)) storyEntity.ShouldBe(expected, $"{id}: '{f[0]}' should be {f[1]}.\n{report}");
            else
            {
                labels.Values.ShouldNotContain(storyEntity, $"{id}: '{f[0]}' (label {f[1]}) wrongly merged.\n{report}");
                labels[f[1]] = storyEntity;
            }
        }
    }

    private static string StoryOf(AnalyzedArticle a) => a.Article.Id.Contains('/') ? a.Article.Id[..a.Article.Id.IndexOf('/')] : "";

    private static IEnumerable<(string Id, string Text)> Split(string input)
    {
        string? id = null;
        var lines = new List<string>();
        foreach (var line in input.Split('\n'))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                if (id is not null) yield return (id, string.Join("\n", lines).Trim());
                id = line[4..].Trim();
                lines.Clear();
            }
            else lines.Add(line);
        }
        if (id is not null) yield return (id, string.Join("\n", lines).Trim());
    }
}
