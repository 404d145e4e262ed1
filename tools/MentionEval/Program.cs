// Mention detection scores on named gold mentions.
//   dotnet run --project tools/MentionEval -c Release -- ../shared/eval [--errors N]
// Gold "named" mention: an entity mention holding a capitalised word that is not capitalised merely because it
// opens the sentence (a common English word there counts only if the document also capitalises it mid-sentence).
// Recall: gold named mentions overlapped by a system mention. Kind accuracy: on those, the kind of the
// system mention on the gold mention's last word, else the best-overlapping one. Precision: system name/acronym/surname mentions overlapping any gold entity
// mention, counted only in sentences the data set annotates fully (ECB+ coreference sentences; all of MEANTIME).
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Triangulate.Documents;
using Triangulate.Extraction.Mentions;

if (args.Length > 1 && args[0] == "--text")
{
    // debugging aid: print the mentions of one text file
    var t = File.ReadAllText(args[1]);
    foreach (var m in new MentionExtractor().Extract(t))
        Console.WriteLine($"{m.Start,6} {m.End,6} {m.Kind,-12} {m.Entity,-4} {m.Form,-11} '{m.Text}' canonical='{m.Canonical}' role='{m.Role}'");
    return;
}
var root = args.Length > 0 ? args[0] : "../shared/eval";
var errors = args.Length > 2 && args[1] == "--errors" ? int.Parse(args[2]) : 0;
// --train: only the ECB+ train topics (for development: the dev sets are measured once a change is done)
var trainOnly = args.Contains("--train");
var common = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "common-words.txt")).Select(l => l.Split('\t')[0]).ToHashSet();
var extractor = new MentionExtractor();
// pronouns and determiners are never names, whatever their case
HashSet<string> Pronouns = ["We", "He", "She", "They", "It", "You", "Our", "Their", "His", "Her", "Its", "This", "That", "These", "Those", "The", "Everyone"];

if (trainOnly)
{
    Score("ECB+ train topics (the lists were learned here: a check for overfitting, not a result)", EcbDocs(root, dev: false));
    return;
}
Score("ECB+ dev topics", EcbDocs(root, dev: true));
Score("MEANTIME (all 120 docs)", MeantimeDocs(root));
// NewsWCL50 annotates chains of actors, countries and groups (not named-entity kinds): recall is what counts there;
// kind agreement reads COUNTRY as place, ACTOR as person and GROUP as organization, which is only approximate.
Score("NewsWCL50 dev (robustness; kinds approximate)", NewsWclDocs(root));
Score("ECB+ train topics (the lists were learned here: a check for overfitting, not a result)", EcbDocs(root, dev: false));
PolnearSources(root);

// PolNeAR dev: attribution sources written with a capitalised name ("Clinton campaign spokesman Brian Fallon"):
// how many hold a person or organisation mention — what the quotes stage needs to name speakers.
void PolnearSources(string root)
{
    int sources = 0, covered = 0, personOrOrg = 0, articles = 0, mentionCount = 0;
    foreach (var ann in Directory.GetFiles(Path.Combine(root, "polnear/dev/attributions"), "*.ann").Order(StringComparer.Ordinal))
    {
        var name = Path.GetFileNameWithoutExtension(ann);
        var txt = Path.Combine(root, "polnear/dev/text", name[..name.LastIndexOf('_')] + ".txt");
        if (!File.Exists(txt)) continue;
        var text = File.ReadAllText(txt);
        var mentions = extractor.Extract(text);
        articles++; mentionCount += mentions.Count;
        if (mentions.Any(m => text.Substring(m.Start, m.End - m.Start) != m.Text)) throw new InvalidOperationException("span mismatch in " + name);
        foreach (var line in File.ReadLines(ann))
        {
            var f = line.Split('\t');
            if (f.Length < 3 || !f[1].StartsWith("Source ", StringComparison.Ordinal) || f[1].Contains(';')) continue;
            var se = f[1].Split(' ');
            int ss = int.Parse(se[1]), sEnd = int.Parse(se[2]);
            var words = f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!words.Skip(1).Any(w => w.Length > 1 && char.IsUpper(w[0]) && !Pronouns.Contains(w)) && !(words.Length == 1 && char.IsUpper(words[0][0]) && !Pronouns.Contains(words[0]))) continue;
            sources++;
            var inside = mentions.Where(m => m.Start < sEnd && ss < m.End).ToList();
            if (inside.Count > 0) covered++;
            if (inside.Any(m => m.Kind is EntityKind.Person or EntityKind.Organization)) personOrOrg++;
        }
    }
    Console.WriteLine($"## PolNeAR dev: {articles} annotation files, {mentionCount} mentions, all spans exact");
    Console.WriteLine($"named attribution sources {sources}; holding a mention {Ratio(covered, sources)}; holding a person or organisation mention {Ratio(personOrOrg, sources)}");
}
return;

void Score(string name, IEnumerable<EvalDoc> docs)
{
    int gold = 0, found = 0, kindOk = 0, sys = 0, sysOk = 0, docsN = 0;
    var perKind = new Dictionary<EntityKind, (int Gold, int Found, int Kind)>();
    var missed = new List<string>(); var spurious = new List<string>(); var wrongKind = new List<string>();
    foreach (var d in docs)
    {
        docsN++;
        var mentions = extractor.Extract(d.Text);
        foreach (var g in d.Gold.Where(g => g.Named))
        {
            gold++;
            var pk = perKind.GetValueOrDefault(g.Kind);
            pk.Gold++;
            // the system mention on the gold mention's last word (its head, for English names) decides the kind;
            // otherwise the one overlapping most
            var best = mentions.Where(m => m.Start < g.End && g.Start < m.End)
                               .OrderByDescending(m => m.Start < g.End && g.End <= m.End)
                               .ThenByDescending(m => Math.Min(m.End, g.End) - Math.Max(m.Start, g.Start)).FirstOrDefault();
            if (best is not null)
            {
                found++; pk.Found++;
                if (best.Kind == g.Kind) { kindOk++; pk.Kind++; }
                else wrongKind.Add($"{d.Id}: '{d.Text[g.Start..g.End]}' gold {g.Kind} got {best.Kind} ('{best.Text}')");
            }
            else missed.Add($"{d.Id}: '{d.Text[g.Start..g.End]}' ({g.Kind})  …{Context(d.Text, g.Start, g.End)}…");
            perKind[g.Kind] = pk;
        }
        foreach (var m in mentions.Where(m => m.Form is "name" or "acronym" or "surname"))
        {
            if (!d.Annotated(m.Start)) continue;
            sys++;
            if (d.Gold.Any(g => m.Start < g.End && g.Start < m.End)) sysOk++;
            else spurious.Add($"{d.Id}: '{m.Text}' ({m.Kind})  …{Context(d.Text, m.Start, m.End)}…");
        }
    }
    Console.WriteLine($"## {name}: {docsN} documents");
    Console.WriteLine($"named gold mentions {gold}; recall {Ratio(found, gold)}; kind accuracy on matched {Ratio(kindOk, found)}; precision in annotated sentences {Ratio(sysOk, sys)} ({sysOk}/{sys})");
    foreach (var (k, v) in perKind.OrderBy(p => p.Key))
        Console.WriteLine($"  {k,-13} gold {v.Gold,5}  recall {Ratio(v.Found, v.Gold)}  kind acc {Ratio(v.Kind, v.Found)}");
    if (errors > 0)
    {
        Console.WriteLine("-- missed"); foreach (var s in missed.Take(errors)) Console.WriteLine(s);
        Console.WriteLine("-- wrong kind"); foreach (var s in wrongKind.Take(errors)) Console.WriteLine(s);
        Console.WriteLine("-- spurious"); foreach (var s in spurious.Take(errors)) Console.WriteLine(s);
    }
}

static string Ratio(int a, int b) => b == 0 ? "n/a" : $"{(double)a / b:0.000}";
static string Context(string t, int s, int e) => t[Math.Max(0, s - 40)..Math.Min(t.Length, e + 40)].Replace('\n', ' ');

// A gold mention is named when a word in it is capitalised for a reason other than opening the sentence.
bool IsNamed(IReadOnlyList<string> words, IReadOnlyList<bool> sentenceInitial, Dictionary<string, int> midCaps, bool afterQuote)
{
    for (var i = 0; i < words.Count; i++)
    {
        var w = words[i];
        var apostrophe = w.IndexOfAny(['\'', '’']);
        if (apostrophe > 0) w = w[..apostrophe]; // "We've", "I'm"
        if (w.Length == 0 || !char.IsUpper(w[0])) continue;
        if (w is "I" || Pronouns.Contains(w)) continue;
        if (!sentenceInitial[i] && !(i == 0 && afterQuote)) return true;
        if (!common.Contains(w.ToLowerInvariant()) || midCaps.GetValueOrDefault(w) > 0) return true;
    }
    return false;
}

static EntityKind? EcbKind(string tag) => tag switch
{
    "HUMAN_PART_PER" => EntityKind.Person,
    "HUMAN_PART_ORG" => EntityKind.Organization,
    "HUMAN_PART_GPE" or "LOC_GEO" or "LOC_FAC" or "LOC_OTHER" or "HUMAN_PART_FAC" => EntityKind.Place,
    _ when tag.StartsWith("HUMAN_PART", StringComparison.Ordinal) || tag.StartsWith("NON_HUMAN_PART", StringComparison.Ordinal) => EntityKind.Other,
    _ => null,
};

IEnumerable<EvalDoc> EcbDocs(string root, bool dev)
{
    int[] devTopics = [2, 5, 12, 18, 21, 23, 34, 35];
    var annotated = File.ReadLines(Path.Combine(root, "ecbplus/ECBplus_coreference_sentences.csv")).Skip(1)
        .Select(l => l.Split(',')).Where(f => f.Length == 3).Select(f => $"{f[0]}_{f[1]}#{f[2]}").ToHashSet();
    foreach (var dir in Directory.GetDirectories(Path.Combine(root, "ecbplus/topics")).OrderBy(d => d, StringComparer.Ordinal))
    {
        var topic = int.Parse(Path.GetFileName(dir));
        if (devTopics.Contains(topic) != dev) continue;
        foreach (var file in Directory.GetFiles(dir, "*.xml").OrderBy(f => f, StringComparer.Ordinal))
        {
            var x = XDocument.Load(file);
            var sb = new StringBuilder();
            var spans = new Dictionary<string, (int Start, int End, int Sentence, bool Initial, string Text)>();
            var lastSentence = -1;
            var sentenceSpans = new Dictionary<int, (int Start, int End)>();
            foreach (var t in x.Root!.Elements("token"))
            {
                var s = int.Parse(t.Attribute("sentence")!.Value);
                var initial = s != lastSentence;
                if (initial && sb.Length > 0) sb.Append('\n');
                else if (!initial) sb.Append(' ');
                lastSentence = s;
                var start = sb.Length;
                sb.Append(t.Value);
                spans[t.Attribute("t_id")!.Value] = (start, sb.Length, s, initial, t.Value);
                sentenceSpans[s] = sentenceSpans.TryGetValue(s, out var ss) ? (ss.Start, sb.Length) : (start, sb.Length);
            }
            var text = sb.ToString();
            var midCaps = spans.Values.Where(v => !v.Initial && v.Text.Length > 0 && char.IsUpper(v.Text[0])).GroupBy(v => v.Text).ToDictionary(g => g.Key, g => g.Count());
            var docName = Path.GetFileNameWithoutExtension(file); // 1_10ecbplus
            var annotatedSentences = sentenceSpans.Where(p => annotated.Contains($"{docName}#{p.Key}")).Select(p => p.Value).ToList();
            var gold = new List<GoldMention>();
            foreach (var m in x.Root!.Element("Markables")?.Elements() ?? [])
            {
                var kind = EcbKind(m.Name.LocalName);
                if (kind is null) continue;
                var toks = m.Elements("token_anchor").Select(a => spans[a.Attribute("t_id")!.Value]).OrderBy(t => t.Start).ToList();
                if (toks.Count == 0) continue;
                var prevText = toks[0].Start >= 2 ? text[..(toks[0].Start - 1)].Split(' ', '\n')[^1] : "";
                var named = IsNamed(toks.Select(t => t.Text).ToList(), toks.Select(t => t.Initial).ToList(), midCaps, prevText is "``" or "\"" or "“" or "'" or ":" or "(");
                gold.Add(new GoldMention(toks[0].Start, toks[^1].End, kind.Value, named));
            }
            yield return new EvalDoc(docName, text, gold, o => annotatedSentences.Any(s => o >= s.Start && o < s.End));
        }
    }
}

IEnumerable<EvalDoc> MeantimeDocs(string root)
{
    // tokens per document and sentence from the CoNLL file
    var docs = new Dictionary<string, List<(int Sentence, int Index, string Word)>>(StringComparer.Ordinal);
    foreach (var line in File.ReadLines(Path.Combine(root, "meantime/meantime.conll")))
    {
        if (line.Length == 0 || line.StartsWith('#')) continue;
        var f = line.Split('\t');
        if (f.Length < 4) continue;
        if (!docs.TryGetValue(f[0], out var list)) docs[f[0]] = list = [];
        list.Add((int.Parse(f[1]), int.Parse(f[2]), f[3]));
    }
    using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "meantime/entities_mentions.json")));
    var mentionsByDoc = json.RootElement.EnumerateArray().GroupBy(m => m.GetProperty("conll_doc_key").GetString()!).ToDictionary(g => g.Key, g => g.ToList());
    foreach (var (key, toks) in docs.OrderBy(d => d.Key, StringComparer.Ordinal))
    {
        var sb = new StringBuilder();
        var pos = new Dictionary<(int, int), (int Start, int End, bool Initial, string Text)>();
        var last = -1;
        foreach (var (s, i, w) in toks)
        {
            var initial = s != last;
            if (initial && sb.Length > 0) sb.Append('\n'); else if (!initial) sb.Append(' ');
            last = s;
            var start = sb.Length;
            sb.Append(w);
            pos[(s, i)] = (start, sb.Length, initial, w);
        }
        var text = sb.ToString();
        var midCaps = pos.Values.Where(v => !v.Initial && v.Text.Length > 0 && char.IsUpper(v.Text[0])).GroupBy(v => v.Text).ToDictionary(g => g.Key, g => g.Count());
        var gold = new List<GoldMention>();
        foreach (var m in mentionsByDoc.GetValueOrDefault(key) ?? [])
        {
            var sent = m.GetProperty("sent_id").GetInt32();
            var ts = m.GetProperty("tokens_number").EnumerateArray().Select(t => pos.GetValueOrDefault((sent, t.GetInt32()))).Where(t => t.Text is not null).OrderBy(t => t.Start).ToList();
            if (ts.Count == 0) continue;
            var kind = m.GetProperty("mention_full_type").GetString() switch
            {
                "PERSON" => EntityKind.Person, "ORGANIZATION" => EntityKind.Organization, "LOCATION" => EntityKind.Place, _ => EntityKind.Other,
            };
            var prevText = ts[0].Start >= 2 ? text[..(ts[0].Start - 1)].Split(' ', '\n')[^1] : "";
            var afterQuote = prevText is "``" or "\"" or "“" or "'" or ":" or "(";
            gold.Add(new GoldMention(ts[0].Start, ts[^1].End, kind, IsNamed(ts.Select(t => t.Text).ToList(), ts.Select(t => t.Initial).ToList(), midCaps, afterQuote)));
        }
        yield return new EvalDoc(key, text, gold, _ => true);
    }
}

IEnumerable<EvalDoc> NewsWclDocs(string root)
{
    var docs = new Dictionary<string, List<(int Sentence, string Word, string Tag)>>(StringComparer.Ordinal);
    var order = new List<string>();
    foreach (var line in File.ReadLines(Path.Combine(root, "newswcl50/NewsWCL50.dev.conll")))
    {
        if (line.Length == 0 || line.StartsWith('#')) continue;
        var f = line.Split('\t');
        if (f.Length < 5) continue;
        if (!docs.TryGetValue(f[0], out var list)) { docs[f[0]] = list = []; order.Add(f[0]); }
        list.Add((int.Parse(f[1]), f[3], f[4]));
    }
    foreach (var key in order)
    {
        var toks = docs[key];
        var sb = new StringBuilder();
        var spans = new List<(int Start, int End, bool Initial, string Text)>();
        var last = -1;
        foreach (var (s, w, _) in toks)
        {
            var initial = s != last;
            if (initial && sb.Length > 0) sb.Append('\n'); else if (!initial) sb.Append(' ');
            last = s;
            spans.Add((sb.Length, sb.Length + w.Length, initial, w));
            sb.Append(w);
        }
        var text = sb.ToString();
        var midCaps = spans.Where(v => !v.Initial && v.Text.Length > 0 && char.IsUpper(v.Text[0])).GroupBy(v => v.Text).ToDictionary(g => g.Key, g => g.Count());
        var open = new Dictionary<string, Stack<int>>(StringComparer.Ordinal);
        var gold = new List<GoldMention>();
        for (var i = 0; i < toks.Count; i++)
        {
            foreach (var part in toks[i].Tag.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (part == "-") continue;
                var chain = part.Trim('(', ')');
                if (part.StartsWith('(')) { if (!open.TryGetValue(chain, out var st)) open[chain] = st = new(); st.Push(i); }
                if (part.EndsWith(')') && open.TryGetValue(chain, out var stack) && stack.Count > 0)
                {
                    var from = stack.Pop();
                    EntityKind? kind = chain.EndsWith("_COUNTRY", StringComparison.Ordinal) ? EntityKind.Place
                        : chain.EndsWith("_ACTOR", StringComparison.Ordinal) ? EntityKind.Person
                        : chain.EndsWith("_GROUP", StringComparison.Ordinal) ? EntityKind.Organization : null;
                    if (kind is null) continue;
                    var ts = spans.GetRange(from, i - from + 1);
                    var prevText = from > 0 ? spans[from - 1].Text : "";
                    gold.Add(new GoldMention(ts[0].Start, ts[^1].End, kind.Value,
                        IsNamed(ts.Select(t => t.Text).ToList(), ts.Select(t => t.Initial).ToList(), midCaps, prevText is "``" or "\"" or "“" or ":" or "(")));
                }
            }
        }
        yield return new EvalDoc(key, text, gold, _ => true);
    }
}

sealed record GoldMention(int Start, int End, EntityKind Kind, bool Named);
sealed record EvalDoc(string Id, string Text, List<GoldMention> Gold, Func<int, bool> Annotated);
