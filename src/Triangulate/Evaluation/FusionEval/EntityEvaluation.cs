using Triangulate.Documents;
using Triangulate.Evaluation.Scoring;
using Triangulate.Fusion.Entities;

namespace Triangulate.Evaluation.FusionEval;

/// <summary>Cross-document entity coreference on named gold mentions. Each gold mention enters the merger as its
/// own article-local entity (so all merging, inside and across documents, is the merger's), with the name it
/// contains (its longest run of capitalised words) and its gold kind; merging is done per predicted story, as the
/// product does. The baseline clusters the same mentions by head lemma within each gold topic.</summary>
public static class EntityEvaluation
{
    public sealed record Result(CorefScores System, CorefScores Baseline, int Mentions, int Chains);

    public static Result Score(IReadOnlyList<GoldDocument> docs, IReadOnlyDictionary<string, string> storyOf)
    {
        var named = docs.SelectMany(d => d.Mentions.Where(m => m.Named)).ToArray();
        string Item(GoldMention m) => $"{m.Doc}:{m.Start}:{m.End}";
        var key = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in named) key.TryAdd(Item(m), m.Chain);

        var response = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in docs.GroupBy(d => storyOf[d.Id]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var articles = story.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d =>
            {
                var ms = d.Mentions.Where(m => m.Named).DistinctBy(Item).Select((m, i) =>
                    ToMention(m, "m" + i)).ToArray();
                return new AnalyzedArticle(new Article { Id = d.Id, Source = d.Id, Text = d.Text }) { Mentions = ms };
            }).ToArray();
            var index = EntityMerger.Merge(articles);
            foreach (var a in articles)
                foreach (var m in a.Mentions)
                    response[$"{a.Article.Id}:{m.Start}:{m.End}"] = story.Key + "/" + index.Resolve(a.Article.Id, m.Entity);
        }
        var baseline = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in docs)
            foreach (var m in d.Mentions.Where(m => m.Named)) baseline[Item(m)] = d.Topic + "/" + HeadLemma(m.Text);
        return new Result(Coref(key, response), Coref(key, baseline), key.Count, key.Values.Distinct().Count());
    }

    private static CorefScores Coref(Dictionary<string, string> key, Dictionary<string, string> response)
    {
        static List<List<string>> Clusters(IEnumerable<KeyValuePair<string, string>> m)
            => m.GroupBy(kv => kv.Value, StringComparer.Ordinal).Select(g => g.Select(kv => kv.Key).ToList()).ToList();
        // gold mentions without a system entity are singletons
        var resp = key.Keys.ToDictionary(k => k, k => response.TryGetValue(k, out var r) ? "r:" + r : "s:" + k, StringComparer.Ordinal);
        return CorefScoring.Score(Clusters(key), Clusters(resp));
    }

    /// <summary>A gold mention as the mentions stage would give it: a name when its head word is capitalised
    /// ("the Betty Ford Center"), otherwise a description ("a prison in Huntsville").</summary>
    public static Mention ToMention(GoldMention m, string local)
    {
        var words = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cut = Array.FindIndex(words, w => w is "in" or "of" or "at" or "from" or "on" or "near" or "," or "who");
        var headWords = cut > 0 ? words[..cut] : words;
        var head = headWords.LastOrDefault(w => w.Any(char.IsLetterOrDigit)) ?? "";
        var named = head.Length > 0 && (char.IsUpper(head[0]) || char.IsDigit(head[0]));
        return named
            ? new Mention(m.Start, m.End, m.Text, m.Kind, local, NamePart(m.Text), null) { Form = "name" }
            : new Mention(m.Start, m.End, m.Text, m.Kind, local, m.Text, null) { Form = "description" };
    }

    /// <summary>The longest run of capitalised words in a mention ("the actress Lindsay Lohan" → "Lindsay Lohan").</summary>
    public static string NamePart(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string best = ""; var run = new List<string>();
        void Close() { var s = string.Join(' ', run); if (s.Length > best.Length) best = s; run.Clear(); }
        foreach (var w in words)
        {
            if (w.Length > 0 && (char.IsUpper(w[0]) || (run.Count > 0 && w is "-" or "of" or "'s"))) run.Add(w);
            else Close();
        }
        Close();
        return best.Length == 0 ? text : best.Replace(" - ", "-").Replace(" 's", "'s");
    }

    public static string HeadLemma(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "'s" && w.Any(char.IsLetterOrDigit)).ToArray();
        var head = words.Length == 0 ? text.ToLowerInvariant() : words[^1].ToLowerInvariant();
        if (head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal)) head = head[..^1];
        return head;
    }
}
