using Triangulate.Documents;
using Triangulate.Evaluation.Scoring;

namespace Triangulate.Evaluation.Sets;

/// <summary>The "story clustering, system" row shared by the sets that know each article's story (ECB+ sub-topic,
/// NewsWCL50 event): the system's stories scored against the gold ones, pairwise and B³.</summary>
internal static class StoryRows
{
    public static void AddSystem(ReportTable table, IReadOnlyList<Article> articles, IReadOnlyList<string> gold, SystemComponents components)
    {
        const string component = "story clustering, system", setting = "all documents of the split";
        if (components.Stories is not { } stories) { table.Add(component, setting, ReportTable.NotAvailable); return; }
        var labels = stories.Cluster(articles);
        table.Add(component, setting, Score(Enumerable.Range(0, articles.Count).ToDictionary(i => i, i => gold[i]), labels));
    }

    public static string Score<TLabel>(IReadOnlyDictionary<int, string> gold, IReadOnlyList<TLabel> labels) where TLabel : notnull
    {
        var s = ClusteringScoring.Score(gold, labels.Select((l, i) => (l, i)).ToDictionary(x => x.i, x => x.l));
        return $"pairwise {ReportTable.Prf(s.Pairwise)} | B3 F1 {ReportTable.Pct(s.BCubed.F1)} | clusters {s.PredictedClusters} (gold {s.GoldClusters})";
    }
}
