using Triangulate.Documents;

namespace Triangulate.Extraction.Quotes.Evaluation;

/// <summary>One annotated PolNeAR attribution: brat spans of its source, cue and content (each possibly split).</summary>
public sealed record GoldAttribution(IReadOnlyList<Span> Source, IReadOnlyList<Span> Cue, IReadOnlyList<Span> Content);

public sealed record PolnearDocument(string Id, string Text, IReadOnlyList<GoldAttribution> Attributions);

/// <summary>
/// Minimal reader of the PolNeAR brat standoff files (<c>split/text/*.txt</c> beside <c>split/attributions/*.ann</c>).
/// Interim: the evaluation helper's reader replaces it once merged. Articles annotated by several annotators
/// keep the first annotation (file names sorted ordinally), as the corpus README suggests for scoring.
/// </summary>
public static class PolnearReader
{
    public static IReadOnlyList<PolnearDocument> ReadSplit(string splitDir)
    {
        var annDir = Path.Combine(splitDir, "attributions");
        var textDir = Path.Combine(splitDir, "text");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var docs = new List<PolnearDocument>();
        foreach (var ann in Directory.GetFiles(annDir, "*.ann").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(ann);
            var baseName = StripAnnotator(name);
            if (!seen.Add(baseName)) continue;
            var textPath = Path.Combine(textDir, baseName + ".txt");
            if (!File.Exists(textPath)) continue;
            var text = File.ReadAllText(textPath);
            docs.Add(new PolnearDocument(baseName, text, ReadAnn(File.ReadAllLines(ann))));
        }
        return docs;
    }

    /// <summary>PolNeAR texts begin with the headline on its own line; the product's cleaning stage removes titles,
    /// so evaluation marks that line as a removed title.</summary>
    public static IReadOnlyList<RemovedSpan> TitleLine(string text)
    {
        var nl = text.IndexOf('\n');
        return nl > 0 ? [new RemovedSpan(0, nl, NoiseKind.Title)] : [];
    }

    private static string StripAnnotator(string name)
    {
        var u = name.LastIndexOf('_');
        return u > 0 && name.Length - u == 5 && name[(u + 1)..].All(Uri.IsHexDigit) ? name[..u] : name;
    }

    internal static IReadOnlyList<GoldAttribution> ReadAnn(IEnumerable<string> lines)
    {
        var spans = new Dictionary<string, (string Label, Span[] Frags)>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var line in lines)
        {
            var f = line.Split('\t');
            if (f.Length < 2) continue;
            if (f[0].StartsWith('T'))
            {
                var sp = f[1].IndexOf(' ');
                if (sp < 0) continue;
                var frags = new List<Span>();
                foreach (var fr in f[1][(sp + 1)..].Split(';'))
                {
                    var xy = fr.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (xy.Length == 2 && int.TryParse(xy[0], out var s) && int.TryParse(xy[1], out var e)) frags.Add(new Span(s, e));
                }
                spans[f[0]] = (f[1][..sp], frags.ToArray());
            }
            else if (f[0].StartsWith('E')) events.Add(f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        var result = new List<GoldAttribution>();
        foreach (var ev in events)
        {
            var src = new List<Span>();
            var cue = new List<Span>();
            var content = new List<Span>();
            foreach (var arg in ev)
            {
                var c = arg.IndexOf(':');
                if (c < 0) continue;
                var role = arg[..c].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
                if (!spans.TryGetValue(arg[(c + 1)..], out var t)) continue;
                switch (role)
                {
                    case "Source": src.AddRange(t.Frags); break;
                    case "Cue": cue.AddRange(t.Frags); break;
                    case "Content": content.AddRange(t.Frags); break;
                }
            }
            if (content.Count > 0) result.Add(new GoldAttribution(src, cue, content.OrderBy(s => s.Start).ToArray()));
        }
        return result;
    }
}
