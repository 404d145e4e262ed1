using Triangulate.Documents;
using Triangulate.Extraction.Mentions;
using Triangulate.Pipeline;
using Triangulate.Tests.Support;
using Triangulate.Text;

namespace Triangulate.Tests.Extraction;

/// <summary>
/// Runs Specs/Mentions/*.md. Each ```expected line is <c>text | kind | label | canonical [| role]</c>:
/// the first not yet matched mention with exactly that text must exist with that kind and canonical name;
/// lines with the same label must share one entity id and lines with different labels must not (so a spec can say
/// "Kim Jong Un is not North Korea"); a role column, when given, must equal the mention's role ("-" = no role).
/// <c>form: F</c> may follow the role to check the mention's form. <c>not: text</c> says no mention has that text.
/// </summary>
public class MentionSpecTests
{
    public static IEnumerable<object[]> Specs => SpecFile.Cases("Mentions");

    private static readonly ArticlePipeline Pipeline = new PipelineBuilder().Use(new SegmentationStage()).Use(new MentionStage()).Build();

    [Theory]
    [MemberData(nameof(Specs))]
    public void Mentions_match_the_spec(SpecCase spec)
    {
        var doc = Pipeline.Analyze(new Article { Id = "spec", Source = "spec", Text = spec.Input });
        var mentions = doc.Mentions;
        var used = new HashSet<Mention>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var report = string.Join("\n", mentions.Select(m => $"  {m.Text} | {m.Kind} | {m.Entity} | {m.Canonical} | {m.Role} | {m.Form}"));
        foreach (var line in spec.Expected)
        {
            if (line.StartsWith("not:", StringComparison.Ordinal))
            {
                // "not: Tuesday" — no mention at all; "not: Latino | person" — no mention of that kind
                var parts = line[4..].Split('|').Select(p => p.Trim()).ToArray();
                var text = parts[0];
                if (parts.Length > 1)
                    mentions.ShouldNotContain(m => m.Text == text && m.Kind.ToString().ToLowerInvariant() == parts[1], $"'{text}' must not be a {parts[1]}. Found:\n{report}");
                else mentions.ShouldNotContain(m => m.Text == text, $"'{text}' must not be a mention. Found:\n{report}");
                continue;
            }
            var f = line.Split('|').Select(p => p.Trim()).ToArray();
            var found = mentions.FirstOrDefault(m => m.Text == f[0] && !used.Contains(m));
            found.ShouldNotBeNull($"no mention '{f[0]}'. Found:\n{report}");
            used.Add(found);
            found.Kind.ToString().ToLowerInvariant().ShouldBe(f[1], $"kind of '{f[0]}'. Found:\n{report}");
            if (labels.TryGetValue(f[2], out var id)) found.Entity.ShouldBe(id, $"'{f[0]}' should be entity {f[2]}. Found:\n{report}");
            else
            {
                labels.Values.ShouldNotContain(found.Entity, $"'{f[0]}' (label {f[2]}) wrongly merged. Found:\n{report}");
                labels[f[2]] = found.Entity;
            }
            found.Canonical.ShouldBe(f[3], $"canonical of '{f[0]}'. Found:\n{report}");
            if (f.Length > 4 && f[4] != "*") found.Role.ShouldBe(f[4] == "-" ? null : f[4], $"role of '{f[0]}'. Found:\n{report}");
            if (f.Length > 5 && f[5].StartsWith("form:", StringComparison.Ordinal)) found.Form.ShouldBe(f[5][5..].Trim());
        }
        // every mention is a real span of the original text
        mentions.ShouldAllBe(m => spec.Input.Substring(m.Start, m.End - m.Start) == m.Text);
    }
}
