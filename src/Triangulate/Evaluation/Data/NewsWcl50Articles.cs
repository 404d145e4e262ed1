using Triangulate.Documents;

namespace Triangulate.Evaluation.Data;

/// <summary>NewsWCL50 CoNLL documents as plain articles (tokens re-joined with news spacing), ids like "2_M".
/// Used where fusion stages need whole articles of the NewsWCL50 events (the quote-grouping evaluation, the story-stage
/// benchmark); <see cref="ConllReader"/> keeps the token offsets for coreference scoring.</summary>
public static class NewsWcl50Articles
{
    public static List<Article> Read(string path)
    {
        var docs = new SortedDictionary<string, List<List<string>>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var p = line.Split('\t');
            if (p.Length < 4) continue;
            var id = p[0].Split('/')[^1];
            if (!docs.TryGetValue(id, out var sents)) docs[id] = sents = [];
            var s = int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture);
            while (sents.Count <= s) sents.Add([]);
            sents[s].Add(p[3]);
        }
        return docs.Select(d =>
        {
            var open = false;   // a quotation may run over several sentences
            return new Article { Id = d.Key, Source = d.Key, Text = string.Join("\n", d.Value.Select(sentence => Detokenize(sentence, ref open))) };
        }).ToList();
    }

    /// <summary>Tokens joined as news prints them. A straight double quotation mark alternates
    /// between opening (attached to the next word) and closing (attached to the previous one), and a curly one says
    /// which it is: "said " we will "" would keep the quote stage from seeing quotation marks at all.
    /// <paramref name="open"/> carries over to the next sentence of the document.</summary>
    private static string Detokenize(List<string> words, ref bool open)
    {
        var sb = new System.Text.StringBuilder();
        var attachNext = false;
        foreach (var w in words)
        {
            if (w == "\\n") continue;
            var closing = w is "”" || (w is "\"" && open);
            var opening = w is "“" || (w is "\"" && !open);
            var attachPrevious = closing || w is "," or "." or "'s" or "n't" or ":" or ";" or "?" or "!" or ")" or "%";
            if (sb.Length > 0 && !attachPrevious && !attachNext && sb[^1] != '(') sb.Append(' ');
            sb.Append(w);
            if (w is "\"" or "“" or "”") open = opening;
            attachNext = opening;
        }
        return sb.ToString();
    }
}
