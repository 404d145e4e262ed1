using Triangulate.Documents;
using Triangulate.Evaluation.Data;
using Triangulate.Evaluation.Scoring;

namespace Triangulate.Evaluation.Sets;

/// <summary>MEANTIME (English Wikinews): cross-document entity coreference on gold entity mentions (chain prefixes
/// "cross_" / "cross_intra_" stripped), and entity mention detection for PER/ORG/LOC mentions.</summary>
public sealed class MeantimeEvaluation : IEvaluation
{
    public string Name => "meantime";

    /// <summary>Gold types a named-mention extractor is expected to find (PRO products and FIN amounts are not names).</summary>
    public static readonly IReadOnlySet<string> DetectionTypes = new HashSet<string>(StringComparer.Ordinal) { "PER", "ORG", "LOC" };

    /// <summary>"intra_" chains are within-document chains, but the release reuses a few of their ids in several
    /// documents (26 of 173): they are scored as one chain per document.</summary>
    public static string DocumentLocal(string document, string chain)
        => chain.StartsWith("intra_", StringComparison.Ordinal) ? document + "#" + chain : chain;

    public int Run(string path, TextWriter output, EvalOptions options)
    {
        var docs = MeantimeReader.Read(path);
        var components = options.ResolveComponents();
        var articles = docs.Select(d => new Article { Id = d.Key, Source = d.Key, Text = d.Conll.Text }).ToList();
        var mentions = docs.SelectMany((d, i) => d.Mentions.Where(m => m.Kind == MeantimeMentionKind.Entity)
            .Select(m => new GoldMention(i, d.Topic, m.Span, m.Text, DocumentLocal(d.Key, m.Chain), m.Type, m.Type switch
            {
                "PER" => EntityKind.Person, "ORG" => EntityKind.Organization, "LOC" => EntityKind.Place, _ => EntityKind.Other,
            }))).ToList();
        var events = docs.SelectMany(d => d.Mentions.Where(m => m.Kind == MeantimeMentionKind.Event)).Count();

        output.WriteLine("MEANTIME — cross-document entity coreference (English Wikinews, 4 topics)");
        output.WriteLine();
        var stats = new ReportTable("data", "count");
        stats.Add("documents / topics", $"{docs.Count} / {docs.Select(d => d.Topic).Distinct().Count()}");
        stats.Add("entity mentions / chains (non-singleton)", $"{mentions.Count} / {mentions.Select(m => m.Chain).Distinct().Count()} ({mentions.GroupBy(m => m.Chain).Count(g => g.Count() > 1)})");
        stats.Add("entity mentions by type", string.Join(", ", mentions.GroupBy(m => m.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        stats.Add("event mentions (not scored here)", ReportTable.Num(events));
        stats.Add("same span in two chains (first kept)", ReportTable.Num(CorefSetReport.SameSpanDuplicates(mentions)));
        stats.WriteTo(output);
        output.WriteLine();

        var table = new ReportTable("component", "setting", "score");
        if (components.Mentions is { } extractor)
        {
            var counts = new SpanCounts();
            for (var i = 0; i < docs.Count; i++)
            {
                var gold = mentions.Where(m => m.Article == i && DetectionTypes.Contains(m.Type)).Select(m => m.Span).Distinct().ToList();
                var predicted = extractor.Extract(articles[i]).Select(m => m.Span).Distinct().ToList();
                counts += SpanScoring.Align(gold, predicted, SpanMatching.HalfOfLonger).Counts;
            }
            table.Add("entity mention detection, system", "PER/ORG/LOC gold, overlap >= 0.5 of longer", ReportTable.Prf(counts.Score));
        }
        else table.Add("entity mention detection, system", "PER/ORG/LOC gold, overlap >= 0.5 of longer", ReportTable.NotAvailable);
        CorefSetReport.AddRows(table, "entity coref", mentions, articles, components, "topic");
        // Issue 5's protocol on the named entity mentions (all entity types; FIN amounts and most products have no name head).
        var lower = articles.Select(a => EntityProtocol.LowerCaseWords(a.Text)).ToList();
        var named = mentions.Where(m => EntityProtocol.IsNamed(articles[m.Article].Text, m.Span, lower[m.Article]))
            .Select(m => new ProtocolMention(m.Article, m.Span, m.Text, m.Chain, m.Scope)).ToList();
        EntityProtocol.AddRows(table, articles, named, docs.Select(d => d.Topic).ToList(), "topic", components, options.EntityErrorsPath);
        table.WriteTo(output);
        output.WriteLine();
        var namedStats = new ReportTable("named gold entity mentions (issue 5 protocol)", "count");
        namedStats.Add("named mentions / chains (non-singleton)", $"{named.Count} / {named.Select(m => m.Chain).Distinct().Count()} ({named.GroupBy(m => m.Chain).Count(g => g.Count() > 1)})");
        namedStats.Add("of all entity mentions", $"{named.Count} of {mentions.Count}");
        namedStats.Add("named mentions by type", string.Join(", ", mentions.Where(m => EntityProtocol.IsNamed(articles[m.Article].Text, m.Span, lower[m.Article]))
            .GroupBy(m => m.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        namedStats.WriteTo(output);
        output.WriteLine();
        output.WriteLine("No single published anchor for this release; name variants (USAF / US Air Force) are the hard part.");
        return 0;
    }
}
