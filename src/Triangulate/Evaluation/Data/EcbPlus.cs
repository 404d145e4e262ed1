using System.Text;
using System.Xml;
using Triangulate.Documents;

namespace Triangulate.Evaluation.Data;

public enum EcbMentionKind { Event, Entity }

/// <summary>One ECB+ token and its character span in the reconstructed <see cref="EcbDocument.Text"/>.</summary>
public sealed record EcbToken(int Id, int Sentence, int Number, string Text, int Start, int End);

/// <summary>An annotated mention. <see cref="Cluster"/> is the CROSS_DOC_COREF instance id, an
/// "INTRA_{doc}_{r_id}" id for within-document-only chains, or a unique "SINGLETON_{doc}_{m_id}".</summary>
public sealed record EcbMention(string Document, int MarkableId, string Tag, EcbMentionKind Kind,
    IReadOnlyList<int> TokenIds, int Start, int End, string Text, int Sentence, string Cluster, bool IsSingleton)
{
    public Span Span => new(Start, End);
}

/// <summary>One ECB+ document. <see cref="Text"/> is reconstructed: the tokens of a sentence joined by single spaces,
/// sentences joined by '\n', so every token's Start/End index it exactly.</summary>
public sealed record EcbDocument(string Name, int Topic, bool IsEcbPlus, string Text,
    IReadOnlyList<EcbToken> Tokens, IReadOnlyList<EcbMention> Mentions, IReadOnlySet<int> AnnotatedSentences)
{
    /// <summary>The sub-topic ("seminal event") a story clusterer should recover: topic + ECB/ECB+ half, e.g. "1ecbplus".</summary>
    public string SubTopic => $"{Topic}{(IsEcbPlus ? "ecbplus" : "ecb")}";
    public bool IsSentenceAnnotated(int sentence) => AnnotatedSentences.Contains(sentence);
    /// <summary>ECB+ (new half) documents carry the source URL as sentence 0; it is not article text.</summary>
    public bool IsUrlSentence(int sentence) => IsEcbPlus && sentence == 0;
    /// <summary>Character span of a sentence in <see cref="Text"/>, or null when it has no tokens.</summary>
    public Span? SentenceSpan(int sentence)
    {
        int start = -1, end = -1;
        foreach (var t in Tokens)
            if (t.Sentence == sentence) { if (start < 0) start = t.Start; end = t.End; }
        return start < 0 ? null : new Span(start, end);
    }
}

public sealed record EcbCorpus(IReadOnlyList<EcbDocument> Documents)
{
    /// <summary>Standard dev topics (Cybulska &amp; Vossen 2015 split as used by Barhom et al. 2019, Cattan et al. 2021).</summary>
    public static IReadOnlySet<int> DevTopics { get; } = new HashSet<int> { 2, 5, 12, 18, 21, 23, 34, 35 };
    public static bool IsDev(int topic) => DevTopics.Contains(topic);
    public IEnumerable<EcbDocument> Dev => Documents.Where(d => IsDev(d.Topic));
    public IEnumerable<EcbDocument> Train => Documents.Where(d => !IsDev(d.Topic));
}

/// <summary>Reads the ECB+ XML release: topics/&lt;n&gt;/&lt;n&gt;_&lt;k&gt;ecb(plus).xml and ECBplus_coreference_sentences.csv.</summary>
public static class EcbPlusReader
{
    /// <param name="root">The ecbplus folder (containing topics/ and the sentence CSV).</param>
    /// <param name="topics">Only these topics (null: all).</param>
    public static EcbCorpus Read(string root, Func<int, bool>? topics = null)
    {
        var annotated = ReadAnnotatedSentences(Path.Combine(root, "ECBplus_coreference_sentences.csv"));
        var topicsDir = Path.Combine(root, "topics");
        var files = Directory.EnumerateFiles(topicsDir, "*.xml", SearchOption.AllDirectories)
            .Select(f => (File: f, Name: Path.GetFileNameWithoutExtension(f)))
            .Select(x => (x.File, x.Name, Topic: int.Parse(x.Name[..x.Name.IndexOf('_')])))
            .Where(x => topics is null || topics(x.Topic))
            .OrderBy(x => x.Topic).ThenBy(x => DocNumber(x.Name)).ThenBy(x => x.Name, StringComparer.Ordinal)
            .ToList();
        var docs = new EcbDocument[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (file, name, topic) = files[i];
            docs[i] = ReadDocument(File.ReadAllText(file), name, topic,
                annotated.TryGetValue(name, out var s) ? s : new HashSet<int>());
        });
        return new EcbCorpus(docs);
    }

    private static (int, int) DocNumber(string name)
    {
        // "12_3ecbplus" -> (3, 1): numeric order inside a topic, ECB before ECB+
        var rest = name[(name.IndexOf('_') + 1)..];
        var digits = new string(rest.TakeWhile(char.IsDigit).ToArray());
        return (int.TryParse(digits, out var n) ? n : 0, rest.EndsWith("plus", StringComparison.Ordinal) ? 1 : 0);
    }

    /// <summary>Doc name ("1_10ecbplus") → annotated sentence numbers.</summary>
    public static Dictionary<string, HashSet<int>> ReadAnnotatedSentences(string csvPath)
    {
        var result = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(csvPath).Skip(1))
        {
            var parts = line.Split(',');
            if (parts.Length < 3 || !int.TryParse(parts[2].Trim(), out var sentence)) continue;
            var name = $"{parts[0].Trim()}_{parts[1].Trim()}";
            if (!result.TryGetValue(name, out var set)) result[name] = set = [];
            set.Add(sentence);
        }
        return result;
    }

    public static EcbDocument ReadDocument(string xml, string name, int topic, IReadOnlySet<int> annotatedSentences)
    {
        var tokens = new List<(int Id, int Sentence, int Number, string Text)>();
        var markables = new List<(int Id, string Tag, List<int> Anchors)>();
        var instanceOf = new Dictionary<int, string>();           // descriptor m_id -> instance id
        var crossLinks = new List<(List<int> Sources, int Target, string? Note)>();
        var intraLinks = new List<(List<int> Sources, int Target, string RId)>();

        using (var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { IgnoreWhitespace = true, DtdProcessing = DtdProcessing.Ignore }))
        {
            string section = "";
            (int Id, string Tag, List<int> Anchors)? openMarkable = null;
            (List<int> Sources, int Target, string Kind, string Id, string? Note)? openRelation = null;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    var el = reader.Name;
                    if (el == "token")
                    {
                        var id = int.Parse(reader.GetAttribute("t_id")!);
                        var sentence = int.Parse(reader.GetAttribute("sentence")!);
                        var number = int.Parse(reader.GetAttribute("number") ?? "0");
                        var text = "";
                        // Read the text child by hand: ReadElementContentAsString would step past the next node.
                        if (!reader.IsEmptyElement && reader.Read() && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                            text = reader.Value;
                        tokens.Add((id, sentence, number, text));
                        continue;
                    }
                    if (el is "Markables" or "Relations") { section = el; continue; }
                    if (section == "Markables")
                    {
                        if (el == "token_anchor" && openMarkable is { } om)
                        {
                            om.Anchors.Add(int.Parse(reader.GetAttribute("t_id")!));
                            continue;
                        }
                        var mid = int.Parse(reader.GetAttribute("m_id")!);
                        var instance = reader.GetAttribute("instance_id");
                        if (instance is not null || reader.GetAttribute("TAG_DESCRIPTOR") is not null)
                        {
                            instanceOf[mid] = instance ?? $"DESC_{name}_{mid}";
                            continue;
                        }
                        var m = (mid, el, new List<int>());
                        markables.Add(m);
                        openMarkable = reader.IsEmptyElement ? null : m;
                        continue;
                    }
                    if (section == "Relations")
                    {
                        if (el is "source" or "target" && openRelation is { } rel)
                        {
                            var mid = int.Parse(reader.GetAttribute("m_id")!);
                            if (el == "source") rel.Sources.Add(mid);
                            else openRelation = rel with { Target = mid };
                            continue;
                        }
                        openRelation = ([], -1, el, reader.GetAttribute("r_id") ?? "", reader.GetAttribute("note"));
                        continue;
                    }
                }
                else if (reader.NodeType == XmlNodeType.EndElement)
                {
                    if (section == "Markables" && reader.Name != "token_anchor") openMarkable = null;
                    if (section == "Relations" && openRelation is { } rel && reader.Name == rel.Kind)
                    {
                        if (rel.Kind == "CROSS_DOC_COREF") crossLinks.Add((rel.Sources, rel.Target, rel.Note));
                        else if (rel.Kind == "INTRA_DOC_COREF") intraLinks.Add((rel.Sources, rel.Target, rel.Id));
                        openRelation = null;
                    }
                }
            }
        }

        // Reconstruct the text: tokens in document order; ' ' inside a sentence, '\n' between sentences.
        var sb = new StringBuilder();
        var ecbTokens = new List<EcbToken>(tokens.Count);
        var byId = new Dictionary<int, EcbToken>();
        int? lastSentence = null;
        foreach (var (id, sentence, number, text) in tokens)
        {
            if (lastSentence is { } ls) sb.Append(ls == sentence ? ' ' : '\n');
            var start = sb.Length;
            sb.Append(text);
            var tok = new EcbToken(id, sentence, number, text, start, sb.Length);
            ecbTokens.Add(tok);
            byId[id] = tok;
            lastSentence = sentence;
        }
        var fullText = sb.ToString();

        var clusterOf = new Dictionary<int, string>();
        foreach (var (sources, target, note) in crossLinks)
        {
            var cluster = instanceOf.TryGetValue(target, out var inst) ? inst : note ?? $"CROSS_{name}_{target}";
            foreach (var s in sources) clusterOf[s] = cluster;
        }
        foreach (var (sources, target, rid) in intraLinks)
        {
            // A within-document chain: its target is either a descriptor or one of the chain's own mentions.
            var cluster = instanceOf.TryGetValue(target, out var inst) ? inst : $"INTRA_{name}_{rid}";
            foreach (var s in sources) clusterOf.TryAdd(s, cluster);
            if (!instanceOf.ContainsKey(target)) clusterOf.TryAdd(target, cluster);
        }

        var mentions = new List<EcbMention>();
        foreach (var (mid, tag, anchors) in markables)
        {
            var toks = anchors.Where(byId.ContainsKey).Select(a => byId[a]).OrderBy(t => t.Start).ToList();
            if (toks.Count == 0) continue;
            var start = toks[0].Start;
            var end = toks[^1].End;
            var singleton = !clusterOf.TryGetValue(mid, out var cluster);
            mentions.Add(new EcbMention(name, mid, tag, KindOf(tag), toks.Select(t => t.Id).ToList(), start, end,
                fullText[start..end], toks[0].Sentence, cluster ?? $"SINGLETON_{name}_{mid}", singleton));
        }
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End != b.End ? a.End.CompareTo(b.End) : a.MarkableId.CompareTo(b.MarkableId));

        var plus = name.EndsWith("plus", StringComparison.Ordinal);
        return new EcbDocument(name, topic, plus, fullText, ecbTokens, mentions, annotatedSentences);
    }

    /// <summary>ACTION_* and NEG_ACTION_* tags are events; participants, times and locations are entities.</summary>
    public static EcbMentionKind KindOf(string tag)
        => tag.StartsWith("ACTION", StringComparison.Ordinal) || tag.StartsWith("NEG_ACTION", StringComparison.Ordinal)
            ? EcbMentionKind.Event : EcbMentionKind.Entity;
}
