using Triangulate.Documents;

namespace Triangulate.Evaluation.FusionEval;

/// <summary>Minimal reader of CoNLL coreference files (NewsWCL50, MEANTIME): tab-separated columns, document id first,
/// sentence and token numbers, the token, and the coreference column last ("(id", "id)", "(id)", parts joined by '|').
/// Text is rebuilt as tokens joined by spaces, one sentence per line. The document's topic (NewsWCL50 event "0",
/// MEANTIME corpus "corpus_airbus") is the part before the first '/'.</summary>
public static class ConllCorefCorpus
{
    public static IReadOnlyList<GoldDocument> Read(string file, Func<string, string>? chainFilter = null)
    {
        var docs = new List<GoldDocument>();
        var rows = new List<string[]>();
        string? current = null;
        void Flush()
        {
            if (current is not null && rows.Count > 0) docs.Add(Build(current, rows, chainFilter));
            rows.Clear();
        }
        foreach (var line in File.ReadLines(file))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            var cols = line.Split('\t');
            if (cols.Length < 5) continue;
            if (cols[0] != current) { Flush(); current = cols[0]; }
            rows.Add(cols);
        }
        Flush();
        return docs;
    }

    private static GoldDocument Build(string id, List<string[]> rows, Func<string, string>? chainFilter)
    {
        var sb = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var open = new Dictionary<string, Stack<(int Start, int TokenIndex, bool First)>>(StringComparer.Ordinal);
        var mentions = new List<(int Start, int End, string Chain, bool SentenceStart)>();
        string? lastSentence = null;
        var sentenceStartToken = true;
        foreach (var c in rows)
        {
            var sentence = c[1];
            if (lastSentence is not null) sb.Append(sentence != lastSentence ? '\n' : ' ');
            sentenceStartToken = sentence != lastSentence;
            lastSentence = sentence;
            var start = sb.Length; var text = c[3];
            sb.Append(text);
            tokens.Add(new Token(start, sb.Length, text.Length > 0 && char.IsLetter(text[0]) ? TokenKind.Word
                : text.Length > 0 && char.IsDigit(text[0]) ? TokenKind.Number : TokenKind.Punctuation, text));
            var coref = c.Skip(4).Select(x => x.Trim()).LastOrDefault(x => x.Length > 0) ?? "-";
            if (coref is "-" or "" || c.Length < 5) continue;
            foreach (var raw in coref.Split('|'))
            {
                var part = raw.Trim();
                if (part.Length == 0 || part == "-") continue;
                var opens = part.StartsWith('('); var closes = part.EndsWith(')');
                var chain = part.Trim('(', ')');
                if (opens && closes) { mentions.Add((start, sb.Length, chain, sentenceStartToken)); continue; }
                if (opens)
                {
                    if (!open.TryGetValue(chain, out var st)) open[chain] = st = new();
                    st.Push((start, tokens.Count - 1, sentenceStartToken));
                }
                else if (closes && open.TryGetValue(chain, out var st) && st.Count > 0)
                {
                    var o = st.Pop();
                    mentions.Add((o.Start, sb.Length, chain, o.First));
                }
            }
        }
        var text0 = sb.ToString();
        var topic = id.Contains('/') ? id[..id.IndexOf('/')] : id;
        var gold = mentions.Select(m =>
        {
            var chain = chainFilter is null ? m.Chain : chainFilter(m.Chain);
            var words = text0[m.Start..m.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new GoldMention(id, m.Start, m.End, text0[m.Start..m.End], chain, KindOf(chain), EcbPlusCorpus.IsNamed(words, m.SentenceStart));
        }).OrderBy(m => m.Start).ThenBy(m => m.End).ToArray();
        return new GoldDocument(id, topic, topic, text0, gold) { Tokens = tokens };
    }

    /// <summary>MEANTIME chains carry their type (PER, ORG, LOC ...); NewsWCL50 chains say ACTOR, COUNTRY, GROUP ...</summary>
    private static EntityKind KindOf(string chain)
    {
        if (chain.Contains("PER", StringComparison.Ordinal) && !chain.Contains("_", StringComparison.Ordinal)) return EntityKind.Person;
        if (chain.StartsWith("ORG", StringComparison.Ordinal)) return EntityKind.Organization;
        if (chain.StartsWith("LOC", StringComparison.Ordinal) || chain.EndsWith("_COUNTRY", StringComparison.Ordinal)) return EntityKind.Place;
        if (chain.StartsWith("PER", StringComparison.Ordinal)) return EntityKind.Person;
        return EntityKind.Other;
    }
}
