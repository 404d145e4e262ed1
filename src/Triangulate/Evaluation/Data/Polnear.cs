using Triangulate.Documents;

namespace Triangulate.Evaluation.Data;

/// <summary>One PolNeAR attribution: who (source), the verb or phrase that attributes (cue), and what (content).
/// Each part may be discontinuous (several spans); <see cref="Source"/> is empty for "Attribution-no-source".</summary>
public sealed record PolnearAttribution(string Id, IReadOnlyList<Span> Source, IReadOnlyList<Span> Cue,
    IReadOnlyList<Span> Content, QuoteKind Kind)
{
    public bool HasSource => Source.Count > 0;
    /// <summary>The smallest span covering all content pieces.</summary>
    public Span ContentExtent => Extent(Content);
    public Span? SourceExtent => Source.Count == 0 ? null : Extent(Source);
    public Span? CueExtent => Cue.Count == 0 ? null : Extent(Cue);

    internal static Span Extent(IReadOnlyList<Span> spans) => new(spans.Min(s => s.Start), spans.Max(s => s.End));
}

public sealed record PolnearDocument(string Name, string Split, string Annotator, string? Publisher, DateOnly? Published,
    string Text, IReadOnlyList<PolnearAttribution> Attributions);

/// <summary>
/// Reads PolNeAR (brat standoff): &lt;split&gt;/text/&lt;name&gt;.txt and &lt;split&gt;/attributions/&lt;name&gt;_&lt;annotator&gt;.ann.
/// Offsets are characters of the .txt (brat counts code points; the corpus has no characters outside the BMP, so
/// they equal .NET UTF-16 offsets, and the reader checks every span is inside the text).
/// An article annotated by several annotators (agreement articles) is read once, from the annotator id that sorts first.
/// "Discard"/"Discuss" spans are annotator notes, not attributions, and are skipped.
/// PolNeAR does not mark direct vs indirect speech, so <see cref="PolnearReader.Classify"/> derives it (see there).
/// </summary>
public static class PolnearReader
{
    public static IReadOnlyList<PolnearDocument> Read(string root, string split)
    {
        var meta = ReadMetadata(Path.Combine(root, "metadata.tsv"));
        var annDir = Path.Combine(root, split, "attributions");
        var textDir = Path.Combine(root, split, "text");
        var chosen = new SortedDictionary<string, (string File, string Annotator)>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(annDir, "*.ann").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var us = stem.LastIndexOf('_');
            if (us < 0) continue;
            var name = stem[..us];
            chosen.TryAdd(name, (file, stem[(us + 1)..]));   // files are visited in order: first annotator wins
        }
        var docs = new List<PolnearDocument>();
        foreach (var (name, (file, annotator)) in chosen)
        {
            var textPath = Path.Combine(textDir, name + ".txt");
            if (!File.Exists(textPath)) continue;
            var text = File.ReadAllText(textPath);
            meta.TryGetValue(name, out var m);
            docs.Add(new PolnearDocument(name, split, annotator, m.Publisher, m.Date, text, ParseAnn(File.ReadAllLines(file), text)));
        }
        return docs;
    }

    private static Dictionary<string, (string? Publisher, DateOnly? Date)> ReadMetadata(string path)
    {
        var result = new Dictionary<string, (string?, DateOnly?)>(StringComparer.Ordinal);
        if (!File.Exists(path)) return result;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 6) continue;
            result[f[1]] = (f[4], DateOnly.TryParseExact(f[5], "yyyy-MM-dd", out var d) ? d : null);
        }
        return result;
    }

    /// <summary>Parses the lines of one .ann file against its text.</summary>
    public static IReadOnlyList<PolnearAttribution> ParseAnn(IEnumerable<string> lines, string text)
    {
        var spans = new Dictionary<string, List<Span>>(StringComparer.Ordinal);
        var events = new List<(string Id, List<(string Role, string Ref)> Args)>();
        foreach (var line in lines)
        {
            var f = line.Split('\t');
            if (f.Length < 2) continue;
            if (f[0].StartsWith('T'))
            {
                var sp = f[1].IndexOf(' ');
                if (sp < 0) continue;
                var pieces = new List<Span>();
                foreach (var frag in f[1][(sp + 1)..].Split(';'))
                {
                    var ab = frag.Trim().Split(' ');
                    if (ab.Length == 2 && int.TryParse(ab[0], out var a) && int.TryParse(ab[1], out var b) && 0 <= a && a <= b && b <= text.Length)
                        pieces.Add(new Span(a, b));
                }
                if (pieces.Count > 0) spans[f[0]] = pieces;
            }
            else if (f[0].StartsWith('E'))
            {
                var args = new List<(string, string)>();
                foreach (var arg in f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var c = arg.IndexOf(':');
                    if (c > 0) args.Add((arg[..c].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), arg[(c + 1)..]));
                }
                events.Add((f[0], args));
            }
        }
        var result = new List<PolnearAttribution>();
        foreach (var (id, args) in events)
        {
            List<Span> Collect(string role) => args.Where(a => a.Role == role && spans.ContainsKey(a.Ref))
                .SelectMany(a => spans[a.Ref]).OrderBy(s => s).ToList();
            var content = Collect("Content");
            if (content.Count == 0) continue; // an attribution without content cannot be scored
            result.Add(new PolnearAttribution(id, Collect("Source"), Collect("Cue"), content, Classify(text, content)));
        }
        result.Sort((a, b) => a.ContentExtent.CompareTo(b.ContentExtent));
        return result;
    }

    private static bool IsOpening(char c) => c is '"' or '\u201C' or '\u2018' or '\u00AB';
    private static bool IsClosing(char c) => c is '"' or '\u201D' or '\u2019' or '\u00BB';
    private static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB';

    /// <summary>
    /// Our rule for direct vs indirect speech, since PolNeAR does not annotate it:
    /// <b>Direct</b> when every content piece, trimmed of white space and of trailing , . ; : ! ? — is enclosed in
    /// quotation marks (opens with " “ ‘ « and closes with " ” ’ », e.g. <c>“We will win,”</c> or <c>"No."</c>);
    /// <b>Mixed</b> when the content contains a double quotation mark but is not wholly quoted (a partial quote inside a
    /// paraphrase); <b>Indirect</b> otherwise. Single quotes count only at the edges, because inside text they are
    /// mostly apostrophes. Pieces separated only by white space are one piece: annotators split a quotation at its
    /// sentence boundaries (<c>“How many ...?</c> and <c>I believe ... them.”</c>), which is still one quotation.
    /// </summary>
    public static QuoteKind Classify(string text, IReadOnlyList<Span> content) => Classify(text, content, false);

    /// <summary>
    /// <see cref="Classify(string, IReadOnlyList{Span})"/> with, when <paramref name="pairedApostrophes"/> is set,
    /// two apostrophes ('') counted as a double quotation mark. About one train article in seven (New York Times
    /// plain text) writes every quotation as ''...''; the plain rule calls those quotations indirect. The scorer
    /// reports both (the plain rule stays the headline figure, the second is labelled).
    /// </summary>
    public static QuoteKind Classify(string text, IReadOnlyList<Span> content, bool pairedApostrophes) =>
        Classify(text, content, pairedApostrophes, apostropheEdges: false);

    /// <summary>
    /// <see cref="Classify(string, IReadOnlyList{Span}, bool)"/> with '' read as a quotation mark and, when
    /// <paramref name="apostropheEdges"/> is set, a piece whose edge falls inside a run of apostrophes read to the
    /// run's end: in the NYT plain-text files annotators often started a span at the second apostrophe of an opening
    /// <c>''</c> or ended it after the first of a closing one (<c>'He said ...''</c>, <c>''... Hillary,'</c>), and a
    /// closing <c>'''</c> (a nested single quotation closing with the double one) is read as <c>'"</c>, not <c>"'</c>.
    /// Only the kind is decided this way; the scorer still matches the gold span as annotated.
    /// </summary>
    public static QuoteKind Classify(string text, IReadOnlyList<Span> content, bool pairedApostrophes, bool apostropheEdges)
    {
        var allQuoted = true;
        var anyDouble = false;
        foreach (var piece in JoinAdjacent(text, content))
        {
            var s = apostropheEdges ? ApostropheEdges(text, piece) : piece.TextOf(text);
            if (pairedApostrophes || apostropheEdges) s = s.Replace("''", "\"");
            if (s.Any(IsDoubleQuote)) anyDouble = true;
            var t = s.Trim().TrimEnd(',', '.', ';', ':', '!', '?', ' ');
            var ok = t.Length >= 2 && IsOpening(t[0]);
            if (ok)
            {
                // the closing mark may sit before or after final punctuation: “…,” or “…”.
                var trimmed = s.Trim();
                ok = IsClosing(t[^1]) || (trimmed.Length > 0 && IsClosing(trimmed[^1]));
            }
            allQuoted &= ok;
        }
        if (allQuoted) return QuoteKind.Direct;
        return anyDouble ? QuoteKind.Mixed : QuoteKind.Indirect;
    }

    // The piece's text with an edge inside an apostrophe run moved to the run's end, and the runs at its two edges
    // written as marks: an opening '' or ''' as " or "', a closing '' or ''' as " or '".
    private static string ApostropheEdges(string text, Span piece)
    {
        int s = piece.Start, e = piece.End;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (s < e && text[s] == '\'') while (s > 0 && text[s - 1] == '\'') s--;
        if (e > s && text[e - 1] == '\'') while (e < text.Length && text[e] == '\'') e++;
        var t = text[s..e];
        var lead = 0;
        while (lead < t.Length && t[lead] == '\'') lead++;
        var trail = 0;
        while (trail < t.Length - lead && t[t.Length - 1 - trail] == '\'') trail++;
        if (lead is 2 or 3) t = (lead == 2 ? "\"" : "\"'") + t[lead..];
        if (trail is 2 or 3) t = t[..^trail] + (trail == 2 ? "\"" : "'\"");
        return t;
    }

    /// <summary>The pieces in text order, those with only white space between them joined.</summary>
    private static List<Span> JoinAdjacent(string text, IReadOnlyList<Span> content)
    {
        var joined = new List<Span>();
        foreach (var piece in content.OrderBy(c => c.Start))
        {
            if (joined.Count > 0 && joined[^1].End <= piece.Start
                && text.AsSpan(joined[^1].End, piece.Start - joined[^1].End).IsWhiteSpace())
                joined[^1] = new Span(joined[^1].Start, Math.Max(joined[^1].End, piece.End));
            else joined.Add(piece);
        }
        return joined;
    }
}
