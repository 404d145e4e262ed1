using Triangulate.Documents;
using Triangulate.Evaluation.Data;

namespace Triangulate.Evaluation.Sets;

/// <summary>NewsWCL50: one event told by five outlets; coreference of all annotated chains (actors, countries, groups,
/// objects, events, actions, misc) across the five articles of each event, on gold mentions.</summary>
public sealed class NewsWcl50Evaluation : IEvaluation
{
    public string Name => "newswcl50";

    public int Run(string path, TextWriter output, EvalOptions options)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, "NewsWCL50.dev.conll") : path;
        var docs = NewsWcl50Reader.Read(file);
        var components = options.ResolveComponents();
        var articles = docs.Select(d => new Article { Id = d.Conll.Key, Source = d.Conll.Key, Text = d.Conll.Text, Outlet = d.Outlet }).ToList();
        var lower = articles.Select(a => EntityProtocol.LowerCaseWords(a.Text)).ToList();
        var mentions = docs.SelectMany((d, i) => d.Conll.Mentions.Select(m =>
            new GoldMention(i, d.Event.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Span, m.Text, m.Chain,
                m.Chain[(m.Chain.LastIndexOf('_') + 1)..], KindOf(m.Chain)))).ToList();

        output.WriteLine("NewsWCL50 — cross-document coreference of entity and event chains (dev: events 0–4)");
        output.WriteLine();
        var stats = new ReportTable("data", "count");
        stats.Add("documents / events", $"{docs.Count} / {docs.Select(d => d.Event).Distinct().Count()}");
        stats.Add("mentions / chains", $"{mentions.Count} / {mentions.Select(m => m.Chain).Distinct().Count()}");
        stats.Add("mentions by chain type", string.Join(", ", mentions.GroupBy(m => m.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        stats.Add("same span in two chains (first kept)", ReportTable.Num(CorefSetReport.SameSpanDuplicates(mentions)));
        stats.WriteTo(output);
        output.WriteLine();

        var table = new ReportTable("component", "setting", "score");
        CorefSetReport.AddRows(table, "coref (all chains)", mentions, articles, components, "event");
        // Issue 5's protocol on the named mentions of the entity chains (EVENT and ACTION chains are events).
        var named = mentions.Where(m => m.Type is not ("EVENT" or "ACTION"))
            .Where(m => EntityProtocol.IsNamed(articles[m.Article].Text, m.Span, lower[m.Article]))
            .Select(m => new ProtocolMention(m.Article, m.Span, m.Text, m.Chain, m.Scope)).ToList();
        EntityProtocol.AddRows(table, articles, named, docs.Select(d => d.Event.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            "event", components, options.EntityErrorsPath);
        // gold story = the NewsWCL50 event (five outlets each); never tuned on
        StoryRows.AddSystem(table, articles, docs.Select(d => d.Event.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(), components);
        table.WriteTo(output);
        output.WriteLine();
        var namedStats = new ReportTable("named gold entity mentions (issue 5 protocol)", "count");
        namedStats.Add("named mentions / chains (non-singleton)", $"{named.Count} / {named.Select(m => m.Chain).Distinct().Count()} ({named.GroupBy(m => m.Chain).Count(g => g.Count() > 1)})");
        namedStats.Add("of entity-chain mentions (EVENT, ACTION left out)", $"{named.Count} of {mentions.Count(m => m.Type is not ("EVENT" or "ACTION"))}");
        namedStats.WriteTo(output);
        output.WriteLine();
        output.WriteLine("No published anchor for this split; the chains mix name and description variants ('Trump' / 'the president').");
        return 0;
    }

    /// <summary>Chain type → entity kind: actors are people, countries places, groups organisations.</summary>
    private static EntityKind KindOf(string chain) => chain[(chain.LastIndexOf('_') + 1)..] switch
    {
        "ACTOR" or "ACTOR-I" => EntityKind.Person,
        "COUNTRY" => EntityKind.Place,
        "GROUP" => EntityKind.Organization,
        _ => EntityKind.Other,
    };
}
