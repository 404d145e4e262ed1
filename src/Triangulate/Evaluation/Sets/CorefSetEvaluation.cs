using Triangulate.Documents;
using Triangulate.Evaluation.Baselines;
using Triangulate.Evaluation.Scoring;

namespace Triangulate.Evaluation.Sets;

/// <summary>A gold mention of a CoNLL-style set, reduced to what coreference scoring needs.</summary>
internal sealed record GoldMention(int Article, string Scope, Span Span, string Text, string Chain, string Type, EntityKind Kind)
{
    /// <summary>Mention identity for the scorers: article + exact span.</summary>
    public (int, int, int) Id => (Article, Span.Start, Span.End);
}

/// <summary>Shared coreference reporting for NewsWCL50 and MEANTIME.</summary>
internal static class CorefSetReport
{
    /// <summary>Writes the baseline and system rows.</summary>
    public static void AddRows(ReportTable table, string label, IReadOnlyList<GoldMention> mentions, IReadOnlyList<Article> articles,
        SystemComponents components, string scopeName)
    {
        var key = CorefScoring.ClustersFromLabels(mentions.Select(m => (m.Id, m.Chain)));
        var baseline = HeadLemmaBaseline.Cluster(mentions, m => m.Scope, m => m.Text).Select(c => c.Select(m => m.Id)).ToList();
        table.Add($"{label}, same-head-lemma baseline", $"gold mentions, within {scopeName}", ReportTable.Coref(CorefScoring.Score(key, baseline)));
        if (components.EntityCoref is { } coref)
        {
            var labels = coref.Resolve(articles, mentions.Select(m => new GivenMention(m.Article, m.Span, m.Kind)).ToList());
            var response = CorefScoring.ClustersFromLabels(mentions.Select((m, i) => (m.Id, labels[i])));
            table.Add($"{label}, system", "gold mentions, all documents", ReportTable.Coref(CorefScoring.Score(key, response)));
        }
        else table.Add($"{label}, system", "gold mentions, all documents", ReportTable.NotAvailable);
    }

    public static int SameSpanDuplicates(IReadOnlyList<GoldMention> mentions)
        => mentions.Count - mentions.Select(m => m.Id).Distinct().Count();
}
