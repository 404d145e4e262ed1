using Triangulate.Text;

namespace Triangulate.Evaluation.Baselines;

/// <summary>
/// The same-head-lemma baseline of cross-document coreference (e.g. Upadhyay et al. 2016, Barhom et al. 2019):
/// within a scope (a topic or story), mentions whose heads have the same lemma are one entity. The head is the last
/// word-like token of the mention (tokens split on white space; trailing punctuation tokens skipped), lemmatised with
/// <see cref="SimpleLemmatizer"/>. It is run on GOLD mentions, so it measures linking only.
/// </summary>
public static class HeadLemmaBaseline
{
    public static List<List<T>> Cluster<T>(IEnumerable<T> mentions, Func<T, string> scope, Func<T, string> text)
    {
        var order = new List<(string, string)>();
        var groups = new Dictionary<(string, string), List<T>>();
        foreach (var m in mentions)
        {
            var k = (scope(m), HeadLemma(text(m)));
            if (!groups.TryGetValue(k, out var list)) { groups[k] = list = []; order.Add(k); }
            list.Add(m);
        }
        return order.Select(k => groups[k]).ToList();
    }

    public static string HeadLemma(string mentionText)
    {
        var tokens = mentionText.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = tokens.Length - 1; i >= 0; i--)
            if (tokens[i].Any(char.IsLetterOrDigit)) return SimpleLemmatizer.Lemma(tokens[i]);
        return tokens.Length > 0 ? tokens[^1] : "";
    }
}
