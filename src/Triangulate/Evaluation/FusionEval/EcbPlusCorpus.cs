using System.Xml.Linq;
using Triangulate.Documents;

namespace Triangulate.Evaluation.FusionEval;

/// <summary>A gold entity mention of an evaluation document: character span in the rebuilt text, gold chain, kind.</summary>
public sealed record GoldMention(string Doc, int Start, int End, string Text, string Chain, EntityKind Kind, bool Named)
{
    public Span Span => new(Start, End);
}

/// <summary>An evaluation document: rebuilt text (tokens joined by spaces, one sentence per line), its gold story
/// (ECB+ sub-topic) and its gold entity mentions.</summary>
public sealed record GoldDocument(string Id, string Topic, string Story, string Text, IReadOnlyList<GoldMention> Mentions)
{
    public IReadOnlyList<Token> Tokens { get; init; } = [];
}

/// <summary>Minimal ECB+ reader for fusion evaluation (stories = sub-topics "2ecb" / "2ecbplus"; entity mentions =
/// HUMAN_*, NON_HUMAN_*, LOC_* markables inside the sentences listed in ECBplus_coreference_sentences.csv).</summary>
public static class EcbPlusCorpus
{
    public static readonly IReadOnlySet<int> DevTopics = new HashSet<int> { 2, 5, 12, 18, 21, 23, 34, 35 };

    public static IReadOnlyList<GoldDocument> Read(string folder, Func<int, bool> topicFilter)
    {
        var selected = new HashSet<(string, int)>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "ECBplus_coreference_sentences.csv")).Skip(1))
        {
            var p = line.Split(',');
            if (p.Length >= 3 && int.TryParse(p[2], out var s)) selected.Add((p[0] + "_" + p[1], s));
        }
        var docs = new List<GoldDocument>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(folder, "topics")).OrderBy(d => int.Parse(Path.GetFileName(d))))
        {
            var topic = int.Parse(Path.GetFileName(dir));
            if (!topicFilter(topic)) continue;
            foreach (var file in Directory.GetFiles(dir, "*.xml").Order(StringComparer.Ordinal))
                docs.Add(ReadDoc(file, topic, selected));
        }
        return docs;
    }

    private static GoldDocument ReadDoc(string file, int topic, HashSet<(string, int)> selected)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var x = XDocument.Load(file);
        var sb = new System.Text.StringBuilder();
        var tokPos = new Dictionary<string, (int Start, int End, int Sentence)>();
        var tokens = new List<Token>();
        var lastSentence = -1;
        foreach (var t in x.Root!.Elements("token"))
        {
            var s = int.Parse((string)t.Attribute("sentence")!);
            if (lastSentence >= 0) sb.Append(s != lastSentence ? '\n' : ' ');
            lastSentence = s;
            var start = sb.Length; var text = t.Value;
            sb.Append(text);
            tokPos[(string)t.Attribute("t_id")!] = (start, sb.Length, s);
            tokens.Add(new Token(start, sb.Length, text.Length > 0 && char.IsLetter(text[0]) ? TokenKind.Word
                : text.Length > 0 && char.IsDigit(text[0]) ? TokenKind.Number : TokenKind.Punctuation, text));
        }
        var text0 = sb.ToString();
        var markables = x.Root.Element("Markables")?.Elements() ?? [];
        var chainOf = new Dictionary<string, string>();
        var instance = new Dictionary<string, string>();
        foreach (var m in markables)
            if (m.Attribute("instance_id") is { } inst) instance[(string)m.Attribute("m_id")!] = inst.Value;
        foreach (var rel in x.Root.Element("Relations")?.Elements() ?? [])
        {
            var target = (string?)rel.Element("target")?.Attribute("m_id");
            if (target is null) continue;
            var chain = instance.TryGetValue(target, out var i) ? i : name + "#" + target;
            foreach (var s in rel.Elements("source")) chainOf[(string)s.Attribute("m_id")!] = chain;
        }
        var mentions = new List<GoldMention>();
        foreach (var m in markables)
        {
            var tag = m.Name.LocalName;
            var kind = tag switch
            {
                "HUMAN_PART_PER" => EntityKind.Person,
                "HUMAN_PART_ORG" => EntityKind.Organization,
                _ when tag.StartsWith("LOC", StringComparison.Ordinal) => EntityKind.Place,
                _ when tag.StartsWith("HUMAN", StringComparison.Ordinal) || tag.StartsWith("NON_HUMAN", StringComparison.Ordinal) => EntityKind.Other,
                _ => (EntityKind?)null,
            };
            if (kind is null) continue;
            var anchors = m.Elements("token_anchor").Select(a => (string)a.Attribute("t_id")!).Where(tokPos.ContainsKey).ToArray();
            if (anchors.Length == 0) continue;
            var span = anchors.Select(a => tokPos[a]).ToArray();
            var sentence = span[0].Sentence;
            if (!selected.Contains((topic + "_" + name[(name.IndexOf('_') + 1)..], sentence))) continue;
            int start = span.Min(s => s.Start), end = span.Max(s => s.End);
            var mid = (string)m.Attribute("m_id")!;
            var chainId = chainOf.TryGetValue(mid, out var c) ? c : name + "#single" + mid;
            var firstInSentence = tokPos.Values.Where(p => p.Sentence == sentence).Min(p => p.Start) == start;
            mentions.Add(new GoldMention(name, start, end, text0[start..end], chainId, kind.Value,
                IsNamed(span.Select(s => text0[s.Start..s.End]).ToArray(), firstInSentence)));
        }
        var story = topic + (name.EndsWith("plus", StringComparison.Ordinal) ? "ecbplus" : "ecb");
        return new GoldDocument(name, topic.ToString(), story, text0, mentions) { Tokens = tokens };
    }

    /// <summary>A mention is named when a content word in it is capitalised where capitalisation is not forced
    /// (not the sentence's first word): "Tara Reid", "the Promises Treatment Center", "LAPD".</summary>
    public static bool IsNamed(IReadOnlyList<string> words, bool firstWordStartsSentence)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length == 0 || !char.IsUpper(w[0])) continue;
            if (i == 0 && firstWordStartsSentence && words.Count == 1 && Fusion.Stories.StoryFeatures.StopWords.Contains(w.ToLowerInvariant())) continue;
            if (i == 0 && firstWordStartsSentence && (Fusion.Stories.StoryFeatures.StopWords.Contains(w.ToLowerInvariant()) || IsPronoun(w))) continue;
            if (IsPronoun(w)) continue;
            return true;
        }
        return false;
    }

    private static bool IsPronoun(string w) => w.ToLowerInvariant() is "he" or "she" or "they" or "it" or "i" or "we" or "you"
        or "his" or "her" or "their" or "its" or "him" or "them" or "who" or "this" or "that" or "the" or "a" or "an";
}
