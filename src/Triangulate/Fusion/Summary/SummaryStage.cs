using System.Text.RegularExpressions;
using Triangulate.Documents;
using Triangulate.Fusion.Claims;

namespace Triangulate.Fusion.Summary;

/// <summary>
/// Fills <see cref="Story.Summary"/> with an extractive summary: whole body sentences copied verbatim from the
/// articles (so nothing is stated that no article states), chosen for being told by several articles, carrying
/// corroborated figures and standing early in their article, without repeating each other. Each sentence cites
/// its own span and the similar sentences of other articles that support it.
/// </summary>
public sealed partial class SummaryStage : IStoryStage
{
    private readonly int _maxSentences;

    public SummaryStage(int maxSentences = 5) => _maxSentences = maxSentences;

    public string Name => "summary";

    private sealed record Candidate(AnalyzedArticle Doc, Sentence Sentence, int Index, HashSet<string> Keys, string Text);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    public Story Apply(StoryContext context, Story story)
    {
        var candidates = new List<Candidate>();
        foreach (var doc in context.Articles)
        {
            var index = 0;
            foreach (var s in doc.BodySentences)
            {
                var text = doc.Text[s.Start..s.End];
                var words = text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
                var i = index++;
                if (words < 8 || words > 45) continue;
                if (QuoteShare(doc, s) > 0.5) continue; // a summary reports, it does not quote at length
                if (text.EndsWith(':') || text.Contains("http", StringComparison.Ordinal)) continue;
                candidates.Add(new Candidate(doc, s, i, new HashSet<string>(FusionText.Keys(text), StringComparer.Ordinal), text));
            }
        }
        if (candidates.Count == 0) return story with { Summary = [] };

        var claimEvidence = ClaimAnalysis.For(context).Groups
            .Where(g => g.Claim.Kind == "figure")
            .SelectMany(g => g.Versions.Select(v => (v.ArticleId, v.Evidence, Weight: g.Claim.ArticleCount + g.Claim.IndependentSources)))
            .ToLookup(e => e.ArticleId, StringComparer.Ordinal);

        var copies = context.CopyOf;
        var scored = new List<(Candidate C, double Score, List<Candidate> Support)>();
        // Candidates sharing a key, found through postings: only sentences that share words are compared, instead of
        // every pair of the story's sentences (a story of many long articles has thousands).
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
            foreach (var k in candidates[i].Keys)
            {
                if (!postings.TryGetValue(k, out var list)) postings[k] = list = [];
                list.Add(i);
            }
        // Words every article of the story uses ("North", "Korea", "troops") say little about whether two sentences
        // tell the same thing: similarity weighs each word by how few of the story's articles use it.
        var articlesWith = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var byDoc in candidates.GroupBy(c => c.Doc))
            foreach (var k in byDoc.SelectMany(c => c.Keys).Distinct(StringComparer.Ordinal))
                articlesWith[k] = articlesWith.GetValueOrDefault(k) + 1;
        var articleCount = context.Articles.Count;
        double Weight(string k) => Math.Log(1.0 + (double)articleCount / articlesWith.GetValueOrDefault(k, 1));
        var weightOf = candidates.Select(c => c.Keys.Sum(Weight)).ToArray();
        var shared = new double[candidates.Count];
        var touched = new List<int>();
        for (var ci = 0; ci < candidates.Count; ci++)
        {
            var c = candidates[ci];
            touched.Clear();
            foreach (var k in c.Keys)
            {
                var w = Weight(k);
                foreach (var o in postings[k])
                {
                    if (candidates[o].Doc == c.Doc) continue;
                    if (shared[o] == 0) touched.Add(o);
                    shared[o] += w;
                }
            }
            var best = new Dictionary<string, (Candidate C, double J, int Index)>(StringComparer.Ordinal);
            foreach (var o in touched)
            {
                var other = candidates[o];
                var j = shared[o] / (weightOf[ci] + weightOf[o] - shared[o]);
                shared[o] = 0;
                var id = other.Doc.Article.Id;
                if (j < 0.3 || IsCopyPair(copies, id, c.Doc.Article.Id)) continue;
                // the most similar sentence per article; ties go to the earlier sentence, as before
                if (!best.TryGetValue(id, out var b) || j > b.J || (j == b.J && other.Sentence.Start < b.C.Sentence.Start)) best[id] = (other, j, o);
            }
            var support = best.Values.OrderBy(v => v.Index).Select(v => v.C).ToList();
            var claimWeight = claimEvidence[c.Doc.Article.Id].Where(e => e.Evidence.Contains(c.Sentence.Start))
                .Select(e => e.Weight).DefaultIfEmpty(0).Max();
            var score = 2.0 * support.Count + 0.5 * claimWeight + (c.Index == 0 ? 3 : c.Index < 3 ? 1.5 : 0) - 0.05 * c.Index;
            // Lifted out of its article, "He spoke after ..." or "Later that day, ..." points at nothing.
            if (ContextDependentOpening().IsMatch(c.Text)) score -= 4;
            scored.Add((c, score, support));
        }

        var chosen = new List<(Candidate C, double Score, List<Candidate> Support)>();
        foreach (var s in scored.OrderByDescending(s => s.Score).ThenBy(s => s.C.Doc.Article.Id, StringComparer.Ordinal).ThenBy(s => s.C.Sentence.Start))
        {
            if (chosen.Count >= _maxSentences) break;
            if (chosen.Any(x => FusionText.Jaccard(x.C.Keys, s.C.Keys) >= 0.3)) continue;
            chosen.Add(s);
        }

        var summary = chosen.Select(s =>
        {
            var evidence = new List<ArticleSpan> { FusionText.SpanOf(s.C.Doc, s.C.Sentence.Start, s.C.Sentence.End) };
            evidence.AddRange(s.Support.Take(4).Select(o => FusionText.SpanOf(o.Doc, o.Sentence.Start, o.Sentence.End)));
            return new SummarySentence(Space().Replace(s.C.Text, " "), evidence);
        }).ToList();
        return story with { Summary = summary };
    }

    [GeneratedRegex(@"^\W*(He|She|They|It|This|These|Those|That|His|Her|Their|Its|Later|Meanwhile|Also|However|But|And|The latest|The same|Such|There)\b")]
    private static partial Regex ContextDependentOpening();

    private static bool IsCopyPair(IReadOnlyDictionary<string, string> copyOf, string a, string b) =>
        (copyOf.TryGetValue(a, out var x) && x == b) || (copyOf.TryGetValue(b, out var y) && y == a);

    private static double QuoteShare(AnalyzedArticle doc, Sentence s)
    {
        var quoted = 0;
        foreach (var q in doc.Quotes)
            if (q.Kind != QuoteKind.Indirect) quoted += s.Span.OverlapLength(q.Span);
        return (double)quoted / Math.Max(1, s.End - s.Start);
    }
}
