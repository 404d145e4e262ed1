using System.Text;
using Triangulate.Documents;
using Triangulate.Evaluation.Scoring;
using Triangulate.Fusion.Stories;

namespace Triangulate.Evaluation.FusionEval;

/// <summary>Scores story grouping and cross-document entity merging on ECB+ (and the entity sets).</summary>
public static class FusionEvaluation
{
    public static AnalyzedArticle ToArticle(GoldDocument d)
        => new(new Article { Id = d.Id, Source = d.Id, Text = d.Text }) { Tokens = d.Tokens };

    /// <summary>Story clustering of the given documents, streamed in id order through one <see cref="StoryClusterer"/>.</summary>
    public static (ClusteringScores Scores, IReadOnlyDictionary<string, string> Predicted) Stories(
        IReadOnlyList<GoldDocument> docs, StoryOptions? options = null)
    {
        var c = new StoryClusterer(options);
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in docs.OrderBy(d => d.Id, StringComparer.Ordinal)) predicted[d.Id] = c.Add(ToArticle(d)).StoryId;
        var gold = docs.ToDictionary(d => d.Id, d => d.Story, StringComparer.Ordinal);
        return (ClusteringScoring.Score(gold, predicted), predicted);
    }

    public static string EcbPlusReport(string folder, bool dev = true)
    {
        var docs = EcbPlusCorpus.Read(folder, t => EcbPlusCorpus.DevTopics.Contains(t) == dev);
        var sb = new StringBuilder();
        var (s, predicted) = Stories(docs);
        sb.AppendLine($"ECB+ {(dev ? "dev" : "train")} topics: {docs.Count} documents, {docs.Select(d => d.Story).Distinct().Count()} gold stories");
        sb.AppendLine($"stories ({s.PredictedClusters} predicted)  pairwise {s.Pairwise}  B3 {s.BCubed}");
        var e = EntityEvaluation.Score(docs, predicted);
        sb.AppendLine($"entities on {e.Mentions} named gold mentions ({e.Chains} gold chains), merged per predicted story:");
        sb.AppendLine(Coref("  system          ", e.System));
        sb.AppendLine(Coref("  same-head-lemma ", e.Baseline));
        return sb.ToString();
    }

    /// <summary>NewsWCL50 (events 0–4, five outlets each): story grouping (gold story = event) and entities.</summary>
    public static string NewsWcl50Report(string folder)
    {
        var file = Directory.GetFiles(folder, "*.conll").Order(StringComparer.Ordinal).First();
        return ConllReport("NewsWCL50", ConllCorefCorpus.Read(file), perTopicToo: false);
    }

    /// <summary>MEANTIME (4 corpora of 30 Wikinews articles; many events per corpus): entities merged per predicted story
    /// and, since gold chains cross events within a corpus, also per corpus.</summary>
    public static string MeantimeReport(string folder)
    {
        static string Chain(string c) => c.StartsWith("cross_intra_", StringComparison.Ordinal) ? c["cross_intra_".Length..]
            : c.StartsWith("cross_", StringComparison.Ordinal) ? c["cross_".Length..] : c;
        var file = Path.Combine(folder, "meantime.conll");
        var docs = ConllCorefCorpus.Read(file, Chain)
            .Select(d => d with { Mentions = d.Mentions.Select(m => m.Chain.StartsWith("intra_", StringComparison.Ordinal) ? m with { Chain = d.Id + "#" + m.Chain } : m).ToArray() })
            .ToArray();
        return ConllReport("MEANTIME", docs, perTopicToo: true);
    }

    private static string ConllReport(string name, IReadOnlyList<GoldDocument> docs, bool perTopicToo)
    {
        var sb = new StringBuilder();
        var (s, predicted) = Stories(docs);
        sb.AppendLine($"{name}: {docs.Count} documents, {docs.Select(d => d.Story).Distinct().Count()} gold topics");
        sb.AppendLine($"stories ({s.PredictedClusters} predicted) vs topics  pairwise {s.Pairwise}  B3 {s.BCubed}");
        var e = EntityEvaluation.Score(docs, predicted);
        sb.AppendLine($"entities on {e.Mentions} named gold mentions ({e.Chains} gold chains), merged per predicted story:");
        sb.AppendLine(Coref("  system          ", e.System));
        sb.AppendLine(Coref("  same-head-lemma ", e.Baseline));
        if (perTopicToo)
        {
            var t = EntityEvaluation.Score(docs, docs.ToDictionary(d => d.Id, d => d.Topic, StringComparer.Ordinal));
            sb.AppendLine("entities merged per gold topic:");
            sb.AppendLine(Coref("  system          ", t.System));
        }
        return sb.ToString();
    }

    private static string Coref(string label, CorefScores s)
        => $"{label} MUC {s.Muc.F1 * 100:0.0}  B3 {s.BCubed.F1 * 100:0.0}  CEAF-e {s.CeafE.F1 * 100:0.0}  CoNLL {s.ConllF1 * 100:0.0}";
}
