using Triangulate.Evaluation.Data;
using System.Globalization;
using Triangulate.Documents;
using Triangulate.Fusion;
using Triangulate.Fusion.Entities;
using Triangulate.Fusion.Quotes;
using Triangulate.Pipeline;

namespace Triangulate.Tests.Fusion;

/// <summary>
/// Quote-version grouping measured on a hand-labelled set (Specs/FusionEval/quote-groups.newswcl50.tsv): for the
/// five NewsWCL50 dev events, versions of the same utterance in different outlets. The real single-article
/// pipeline (segmentation, mentions, quotes) runs on the detokenised texts; each labelled version is matched to
/// the extracted quote containing its words; pairwise precision/recall is computed over the matched versions.
/// Scores are written to $FUSION_DUMP/quote-grouping.txt (see docs/EVALUATION.md).
/// </summary>
public sealed class QuoteGroupingEvaluationTests
{
    /// <summary>The five NewsWCL50 dev events, each a story context of its five articles run through the real
    /// single-article stages (segmentation, mentions, quotes); empty when the data set is not beside the clone.</summary>
    internal static IEnumerable<StoryContext> NewsWcl50Events()
    {
        var conll = Path.Combine(RepoRoot(), "..", "shared", "eval", "newswcl50", "NewsWCL50.dev.conll");
        if (!File.Exists(conll)) yield break;
        var pipeline = new PipelineBuilder()
            .Use(new Triangulate.Text.SegmentationStage())
            .Use(new Triangulate.Extraction.Mentions.MentionStage())
            .Use(new Triangulate.Extraction.Quotes.QuoteStage())
            .Build();
        foreach (var ev in pipeline.AnalyzeAll(NewsWcl50Articles.Read(conll), 1).GroupBy(a => a.Article.Id.Split('_')[0]))
        {
            var docs = ev.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToArray();
            yield return new StoryContext { StoryId = ev.Key, Articles = docs, CopyOf = new Dictionary<string, string>(), Entities = EntityMerger.Merge(docs) };
        }
    }

    [Fact]
    public void Quote_version_grouping_on_newswcl50()
    {
        var events = NewsWcl50Events().ToList();
        if (events.Count == 0) return;
        var gold = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", "FusionEval", "quote-groups.newswcl50.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).Select(p => (Group: p[0], Doc: p[1], Words: p[2])).ToList();

        // For each labelled version: the predicted group of the extracted quote holding its words.
        var predicted = new Dictionary<int, string>();
        var extracted = new Dictionary<int, string>();
        var matched = 0;
        foreach (var ctx in events)
        {
            var docs = ctx.Articles;
            var grouping = QuoteGrouping.For(ctx);
            for (var gi = 0; gi < gold.Count; gi++)
            {
                var (_, docId, words) = gold[gi];
                var doc = docs.FirstOrDefault(d => d.Article.Id == docId);
                if (doc is null) continue;
                var at = doc.Text.IndexOf(words, StringComparison.Ordinal);
                if (at < 0) continue;
                for (var g = 0; g < grouping.Groups.Count && !predicted.ContainsKey(gi); g++)
                    foreach (var i in grouping.Groups[g])
                    {
                        var q = grouping.Items[i];
                        if (q.ArticleId != docId || at < q.Quote.Start || at >= q.Quote.End) continue;
                        predicted[gi] = ctx.StoryId + ":" + g;
                        extracted[gi] = $"[{q.SpeakerName}: {q.Quote.Text}]";
                        matched++;
                        break;
                    }
            }
        }

        int tp = 0, fp = 0, fn = 0;
        var errors = new List<string>();
        var keys = predicted.Keys.Order().ToList();
        for (var a = 0; a < keys.Count; a++)
            for (var b = a + 1; b < keys.Count; b++)
            {
                var (x, y) = (gold[keys[a]], gold[keys[b]]);
                if (x.Doc == y.Doc || x.Doc.Split('_')[0] != y.Doc.Split('_')[0]) continue;
                var same = x.Group == y.Group;
                var pred = predicted[keys[a]] == predicted[keys[b]];
                if (same && pred) tp++;
                else if (pred) { fp++; errors.Add($"FP\t{x.Doc}\t{x.Words} {extracted[keys[a]]}\t{y.Doc}\t{y.Words} {extracted[keys[b]]}"); }
                else if (same) { fn++; errors.Add($"FN\t{x.Doc}\t{x.Words} {extracted[keys[a]]}\t{y.Doc}\t{y.Words} {extracted[keys[b]]}"); }
            }
        double P = tp + fp == 0 ? 0 : (double)tp / (tp + fp), R = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var report = string.Create(CultureInfo.InvariantCulture,
            $"labelled versions {gold.Count}, matched to an extracted quote {matched}\ncross-article pairs: tp {tp} fp {fp} fn {fn}\nprecision {P:0.000} recall {R:0.000} F1 {(P + R == 0 ? 0 : 2 * P * R / (P + R)):0.000}\n")
            + string.Join("\n", errors) + (errors.Count > 0 ? "\n" : "");
        if (Environment.GetEnvironmentVariable("FUSION_DUMP") is { Length: > 0 } dump) File.WriteAllText(Path.Combine(dump, "quote-grouping.txt"), report);
        matched.ShouldBeGreaterThan(gold.Count / 3, report);
        (tp + fp + fn).ShouldBeGreaterThan(0, report);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
