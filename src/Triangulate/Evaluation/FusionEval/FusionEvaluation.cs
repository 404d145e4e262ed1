using System.Text;
using Triangulate.Documents;
using Triangulate.Fusion.Stories;

namespace Triangulate.Evaluation.FusionEval;

/// <summary>Scores story grouping and cross-document entity merging on ECB+ (and the entity sets).</summary>
public static class FusionEvaluation
{
    public static AnalyzedArticle ToArticle(GoldDocument d)
        => new(new Article { Id = d.Id, Source = d.Id, Text = d.Text }) { Tokens = d.Tokens };

    /// <summary>Story clustering of the given documents, streamed in id order through one <see cref="StoryClusterer"/>.</summary>
    public static (ClusterScores.Scores Scores, IReadOnlyDictionary<string, string> Predicted) Stories(
        IReadOnlyList<GoldDocument> docs, StoryOptions? options = null)
    {
        var c = new StoryClusterer(options);
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in docs.OrderBy(d => d.Id, StringComparer.Ordinal)) predicted[d.Id] = c.Add(ToArticle(d)).StoryId;
        var gold = docs.ToDictionary(d => d.Id, d => d.Story, StringComparer.Ordinal);
        return (ClusterScores.All(gold, predicted), predicted);
    }

    public static string EcbPlusReport(string folder, bool dev = true)
    {
        var docs = EcbPlusCorpus.Read(folder, t => EcbPlusCorpus.DevTopics.Contains(t) == dev);
        var sb = new StringBuilder();
        var (s, predicted) = Stories(docs);
        sb.AppendLine($"ECB+ {(dev ? "dev" : "train")} topics: {docs.Count} documents, {docs.Select(d => d.Story).Distinct().Count()} gold stories");
        sb.AppendLine($"stories  pairwise {s.Pairwise}  B3 {s.B3}");
        var e = EntityEvaluation.Score(docs, predicted);
        sb.AppendLine($"entities on {e.Mentions} named gold mentions ({e.Chains} gold chains), merged per predicted story:");
        sb.AppendLine(Coref("  system          ", e.System));
        sb.AppendLine(Coref("  same-head-lemma ", e.Baseline));
        return sb.ToString();
    }

    private static string Coref(string label, ClusterScores.Scores s)
        => $"{label} MUC {s.Muc.F1:F3}  B3 {s.B3.F1:F3}  CEAF-e {s.CeafE.F1:F3}  CoNLL {s.Conll:F3}";
}
