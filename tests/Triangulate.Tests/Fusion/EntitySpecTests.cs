using Triangulate.Documents;
using Triangulate.Extraction.Mentions;
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
/// <c>name label: Name</c> checks the story entity's name, <c>kind label: kind</c> its kind.
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
        var index = EntityMerger.Merge(articles);
        var report = string.Join("\n", articles.SelectMany(a => a.Mentions.Select(m =>
            $"  {a.Article.Id}: {m.Text} | {m.Kind} | {m.Form} | {index.Resolve(a.Article.Id, m.Entity)}")))
            + "\n" + string.Join("\n", index.Entities.Select(e => $"  {e.Id} {e.Kind} '{e.Name}'"));
        var used = new HashSet<Mention>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in spec.Expected)
        {
            if (line.StartsWith("name ", StringComparison.Ordinal) || line.StartsWith("kind ", StringComparison.Ordinal))
            {
                var colon = line.IndexOf(':');
                var label = line[5..colon].Trim();
                labels.ShouldContainKey(label, $"label {label} must be used before '{line}'");
                var entity = index.Entities.Single(e => e.Id == labels[label]);
                var value = line[(colon + 1)..].Trim();
                if (line.StartsWith("name", StringComparison.Ordinal)) entity.Name.ShouldBe(value, $"name of {label}.\n{report}");
                else entity.Kind.ToString().ToLowerInvariant().ShouldBe(value, $"kind of {label}.\n{report}");
                continue;
            }
            var idEnd = line.IndexOf(':');
            var id = line[..idEnd].Trim();
            var f = line[(idEnd + 1)..].Split('|').Select(p => p.Trim()).ToArray();
            var article = articles.Single(a => a.Article.Id == id);
            var found = article.Mentions.FirstOrDefault(m => m.Text == f[0] && !used.Contains(m));
            found.ShouldNotBeNull($"no mention '{f[0]}' in {id}.\n{report}");
            used.Add(found);
            var storyEntity = index.Resolve(id, found.Entity);
            storyEntity.ShouldNotBeNull();
            if (labels.TryGetValue(f[1], out var expected)) storyEntity.ShouldBe(expected, $"{id}: '{f[0]}' should be {f[1]}.\n{report}");
            else
            {
                labels.Values.ShouldNotContain(storyEntity, $"{id}: '{f[0]}' (label {f[1]}) wrongly merged.\n{report}");
                labels[f[1]] = storyEntity;
            }
        }
    }

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
