using System.Text.Json;
using Triangulate.Documents;

namespace Triangulate.Evaluation.Data;

public enum MeantimeMentionKind { Entity, Event }

/// <summary>A MEANTIME mention from entities_mentions.json / event_mentions.json, anchored in the CoNLL text.</summary>
public sealed record MeantimeMention(string Document, string Chain, MeantimeMentionKind Kind, string Type, int Sentence,
    IReadOnlyList<int> TokenNumbers, int Start, int End, string Text, bool IsContinuous)
{
    public Span Span => new(Start, End);
}

public sealed record MeantimeDocument(string Key, string Topic, ConllDocument Conll, IReadOnlyList<MeantimeMention> Mentions);

/// <summary>
/// Reads MEANTIME (English, Wikinews): meantime.conll for tokens and text, entities_mentions.json and
/// event_mentions.json for typed mentions. Chain names lose their "cross_intra_" / "cross_" prefix (the same instance
/// is written both ways); "intra_" chains keep theirs. A JSON mention whose tokens are not in the CoNLL is skipped.
/// </summary>
public static class MeantimeReader
{
    public static string NormalizeChain(string chain)
        => chain.StartsWith("cross_intra_", StringComparison.Ordinal) ? chain["cross_intra_".Length..]
         : chain.StartsWith("cross_", StringComparison.Ordinal) ? chain["cross_".Length..]
         : chain;

    public static IReadOnlyList<MeantimeDocument> Read(string root)
    {
        var conll = new ConllReader(NormalizeChain).Read(Path.Combine(root, "meantime.conll"));
        var byKey = conll.ToDictionary(d => d.Key, StringComparer.Ordinal);
        var mentions = new Dictionary<string, List<MeantimeMention>>(StringComparer.Ordinal);
        foreach (var (file, kind) in new[] { ("entities_mentions.json", MeantimeMentionKind.Entity), ("event_mentions.json", MeantimeMentionKind.Event) })
        {
            var path = Path.Combine(root, file);
            if (!File.Exists(path)) continue;
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            foreach (var m in json.RootElement.EnumerateArray())
            {
                var key = m.GetProperty("conll_doc_key").GetString() ?? "";
                if (!byKey.TryGetValue(key, out var doc)) continue;
                var sentence = m.GetProperty("sent_id").GetInt32();
                var numbers = m.GetProperty("tokens_number").EnumerateArray().Select(x => x.GetInt32()).ToList();
                var toks = numbers.Select(n => doc.TokenAt(sentence, n)).ToList();
                if (toks.Count == 0 || toks.Any(t => t is null)) continue;
                var start = toks.Min(t => t!.Start);
                var end = toks.Max(t => t!.End);
                if (!mentions.TryGetValue(key, out var list)) mentions[key] = list = [];
                list.Add(new MeantimeMention(key, NormalizeChain(m.GetProperty("coref_chain").GetString() ?? ""), kind,
                    m.TryGetProperty("mention_type", out var mt) ? mt.GetString() ?? "" : "", sentence, numbers, start, end,
                    doc.Text[start..end], !m.TryGetProperty("is_continuous", out var c) || c.GetBoolean()));
            }
        }
        return conll.Select(d =>
        {
            var list = mentions.TryGetValue(d.Key, out var l) ? l : [];
            list.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
            var slash = d.Key.IndexOf('/');
            return new MeantimeDocument(d.Key, slash > 0 ? d.Key[..slash] : d.Key, d, list);
        }).ToList();
    }
}
