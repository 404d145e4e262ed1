namespace Triangulate.Evaluation.Data;

/// <summary>A NewsWCL50 article: one of five outlets (LL, L, M, R, RR: far left … far right) reporting event
/// <see cref="Event"/>. Chains are named per event ("0_USA_Trump_ACTOR") and shared by the five articles.</summary>
public sealed record NewsWclDocument(int Event, string Outlet, ConllDocument Conll);

/// <summary>Reads NewsWCL50.dev.conll (document keys "event/-/event_outlet").</summary>
public static class NewsWcl50Reader
{
    public static IReadOnlyList<NewsWclDocument> Read(string path)
    {
        var docs = new ConllReader().Read(path);
        return docs.Select(d =>
        {
            var slash = d.Key.IndexOf('/');
            var ev = int.TryParse(slash > 0 ? d.Key[..slash] : d.Key, out var e) ? e : -1;
            var us = d.Key.LastIndexOf('_');
            var outlet = us >= 0 ? d.Key[(us + 1)..] : "";
            return new NewsWclDocument(ev, outlet, d);
        }).OrderBy(d => d.Event).ThenBy(d => OutletOrder(d.Outlet)).ToList();
    }

    private static int OutletOrder(string o) => o switch { "LL" => 0, "L" => 1, "M" => 2, "R" => 3, "RR" => 4, _ => 5 };
}
