using System.Text;
using Triangulate.Documents;

namespace Triangulate.Evaluation.Data;

public sealed record ConllToken(int Sentence, int Number, string Text, int Start, int End);

/// <summary>A mention from the coreference column: its chain name (as written, or normalised by the reader's
/// option) and its tokens' extent (<see cref="FirstToken"/>/<see cref="LastToken"/> index the document's Tokens).</summary>
public sealed record ConllMention(string Document, string Chain, int Sentence, int FirstToken, int LastToken, int Start, int End, string Text)
{
    public Span Span => new(Start, End);
}

/// <summary>One "#begin document" block. <see cref="Text"/> is reconstructed like ECB+: tokens joined by single spaces,
/// sentences by '\n'.</summary>
public sealed record ConllDocument(string Key, string Text, IReadOnlyList<ConllToken> Tokens, IReadOnlyList<ConllMention> Mentions)
{
    public int SentenceCount => Tokens.Count == 0 ? 0 : Tokens.Max(t => t.Sentence) + 1;
    public ConllToken? TokenAt(int sentence, int number) => Tokens.FirstOrDefault(t => t.Sentence == sentence && t.Number == number);
}

/// <summary>
/// Reads the CoNLL-style files of NewsWCL50 and MEANTIME: tab-separated "doc  sentence  token  word  coref", blank line
/// between sentences. The coref column is "-" or parts separated by '|': "(name" opens, "name)" closes, "(name)" is a
/// one-token mention; names may contain any character but parentheses and '|'. An opening never closed is dropped
/// (counted in <see cref="UnclosedMentions"/>).
/// </summary>
public sealed class ConllReader
{
    private readonly Func<string, string> _normalizeChain;
    public int UnclosedMentions { get; private set; }

    public ConllReader(Func<string, string>? normalizeChain = null) => _normalizeChain = normalizeChain ?? (s => s);

    public IReadOnlyList<ConllDocument> Read(string path) => Parse(File.ReadLines(path));

    public IReadOnlyList<ConllDocument> Parse(IEnumerable<string> lines)
    {
        var docs = new List<ConllDocument>();
        string? key = null;
        var rows = new List<(int Sentence, int Number, string Word, string Coref)>();
        void Flush()
        {
            if (key is not null && rows.Count > 0) docs.Add(Build(key, rows));
            rows.Clear();
        }
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("#begin document", StringComparison.Ordinal))
            {
                Flush();
                var rest = line["#begin document".Length..].Trim();
                var semi = rest.IndexOf(';');
                key = (semi >= 0 ? rest[..semi] : rest).Trim().Trim('(', ')');
                continue;
            }
            if (line.StartsWith("#end document", StringComparison.Ordinal)) { Flush(); key = null; continue; }
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length < 4 || !int.TryParse(f[1], out var s) || !int.TryParse(f[2], out var n)) continue;
            key ??= f[0];
            rows.Add((s, n, f[3], f.Length > 4 ? f[4].Trim() : "-"));
        }
        Flush();
        return docs;
    }

    private ConllDocument Build(string key, List<(int Sentence, int Number, string Word, string Coref)> rows)
    {
        var sb = new StringBuilder();
        var tokens = new List<ConllToken>(rows.Count);
        int? last = null;
        foreach (var (s, n, w, _) in rows)
        {
            if (last is { } l) sb.Append(l == s ? ' ' : '\n');
            var start = sb.Length;
            sb.Append(w);
            tokens.Add(new ConllToken(s, n, w, start, sb.Length));
            last = s;
        }
        var text = sb.ToString();
        var mentions = new List<ConllMention>();
        var open = new Dictionary<string, Stack<int>>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var col = rows[i].Coref;
            if (col is "-" or "_" or "") continue;
            foreach (var rawPart in col.Split('|'))
            {
                var part = rawPart.Trim();
                if (part.Length == 0) continue;
                var opens = part.StartsWith('(');
                var closes = part.EndsWith(')');
                var name = part.Trim('(', ')').Trim();
                if (name.Length == 0) continue;
                if (opens && closes) Add(name, i, i);
                else if (opens)
                {
                    if (!open.TryGetValue(name, out var st)) open[name] = st = new Stack<int>();
                    st.Push(i);
                }
                else if (closes && open.TryGetValue(name, out var st2) && st2.Count > 0) Add(name, st2.Pop(), i);
            }
        }
        UnclosedMentions += open.Values.Sum(s => s.Count);
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End != b.End ? b.End.CompareTo(a.End) : string.CompareOrdinal(a.Chain, b.Chain));
        return new ConllDocument(key, text, tokens, mentions);

        void Add(string name, int first, int lastTok)
        {
            var s = tokens[first].Start; var e = tokens[lastTok].End;
            mentions.Add(new ConllMention(key, _normalizeChain(name), tokens[first].Sentence, first, lastTok, s, e, text[s..e]));
        }
    }
}
