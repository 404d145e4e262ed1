using System.Text.Json;
using Triangulate.Evaluation.Scoring;

namespace Triangulate.Evaluation.Data;

/// <summary>A gold quantity as NewsQuant writes it (strings as in the file) and its CQE comparison form.</summary>
public sealed record NewsQuantQuantity(string Value, string Unit, string NormalizedUnit, string Change, string ReferredConcepts)
{
    public CqeQuantity ToCqe()
    {
        var (v, end) = CqeQuantity.ParseValue(Value);
        return new CqeQuantity(v, end, NormalizedUnit.ToLowerInvariant(), Change);
    }
}

public sealed record NewsQuantSentence(int Index, string Text, IReadOnlyList<NewsQuantQuantity> Quantities);

/// <summary>Reads NewsQuant (CQE, Almasian et al. 2023): a JSON list of {text, quantities[{value, unit,
/// normalized_unit, change, referred_concepts}]}. Values stay strings ("252.0-287.0" is a range).</summary>
public static class NewsQuantReader
{
    public static IReadOnlyList<NewsQuantSentence> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var result = new List<NewsQuantSentence>();
        var i = 0;
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var quantities = new List<NewsQuantQuantity>();
            if (item.TryGetProperty("quantities", out var qs))
                foreach (var q in qs.EnumerateArray())
                    quantities.Add(new NewsQuantQuantity(Str(q, "value"), Str(q, "unit"), Str(q, "normalized_unit"),
                        Str(q, "change"), Str(q, "referred_concepts")));
            result.Add(new NewsQuantSentence(i++, Str(item, "text"), quantities));
        }
        return result;
    }

    private static string Str(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : v.ToString() : "";
}
