using System.Text;
using System.Xml;
using Triangulate.Documents;

namespace Triangulate.Evaluation.Data;

public sealed record TempEvalTimex(string Tid, string Type, string Value, int Start, int End, string Text)
{
    public Span Span => new(Start, End);
    public string? Mod { get; init; }
}

/// <summary>One TimeML document. <see cref="Text"/> is the content of &lt;TEXT&gt; with all tags removed (entities
/// decoded); every TIMEX3 in it has exact offsets. The DCT is the creation-time TIMEX3's value.</summary>
public sealed record TempEvalDocument(string Name, string DocId, DateOnly? CreationDate, string CreationValue, string? Title,
    string Text, IReadOnlyList<TempEvalTimex> Timexes);

/// <summary>Reads TempEval-3 TimeML (.tml) files.</summary>
public static class TempEvalReader
{
    public static IReadOnlyList<TempEvalDocument> ReadFolder(string folder)
        => Directory.EnumerateFiles(folder, "*.tml").Order(StringComparer.Ordinal)
            .Select(f => ReadDocument(File.ReadAllText(f), Path.GetFileNameWithoutExtension(f))).ToList();

    public static TempEvalDocument ReadDocument(string xml, string name)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var text = new StringBuilder();
        var timexes = new List<TempEvalTimex>();
        string docId = name, dctValue = "";
        string? title = null;
        var inText = false;
        var inDct = false;
        string? element = null;
        (string Tid, string Type, string Value, string? Mod, int Start)? open = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.Name == "TEXT") inText = true;
                    else if (reader.Name == "DCT") inDct = true;
                    else if (reader.Name == "TIMEX3")
                    {
                        var value = reader.GetAttribute("value") ?? "";
                        if (inDct || reader.GetAttribute("functionInDocument") == "CREATION_TIME") dctValue = value;
                        if (inText && !reader.IsEmptyElement)
                            open = (reader.GetAttribute("tid") ?? "", reader.GetAttribute("type") ?? "", value, reader.GetAttribute("mod"), text.Length);
                    }
                    if (!reader.IsEmptyElement) element = reader.Name;
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.CDATA:
                    if (inText) text.Append(reader.Value);
                    else if (element == "DOCID") docId = reader.Value.Trim();
                    else if (element == "TITLE") title = reader.Value.Trim();
                    break;
                case XmlNodeType.EndElement:
                    if (reader.Name == "TEXT") inText = false;
                    else if (reader.Name == "DCT") inDct = false;
                    else if (reader.Name == "TIMEX3" && open is { } o && inText)
                    {
                        timexes.Add(new TempEvalTimex(o.Tid, o.Type, o.Value, o.Start, text.Length, text.ToString(o.Start, text.Length - o.Start)) { Mod = o.Mod });
                        open = null;
                    }
                    element = null;
                    break;
            }
        }
        DateOnly? dct = dctValue.Length >= 10 && DateOnly.TryParseExact(dctValue[..10], "yyyy-MM-dd", out var d) ? d : null;
        return new TempEvalDocument(name, docId, dct, dctValue, title, text.ToString(), timexes);
    }
}
