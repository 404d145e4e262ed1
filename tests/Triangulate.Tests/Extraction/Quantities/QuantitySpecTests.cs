using System.Globalization;
using Triangulate.Documents;
using Triangulate.Extraction.Quantities;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extraction.Quantities;

/// <summary>
/// Runs Specs/Quantities/*.md. Each expected line names a quantity by its exact text and the fields to check:
/// <c>3,000 | value 3000 | unit troops | about North Korean troops | qualifier at least | change additional</c>
/// (<c>-</c> means null; fields not listed are not checked). <c>none: TEXT</c> says no quantity's text contains TEXT.
/// </summary>
public sealed class QuantitySpecTests
{
    public static IEnumerable<object[]> Cases() => SpecFile.Cases("Quantities");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extracts_the_specified_quantities(SpecCase spec)
    {
        var found = QuantityExtractor.Extract(spec.Input);
        foreach (var q in found) spec.Input.Substring(q.Start, q.End - q.Start).ShouldBe(q.Text);
        foreach (var line in spec.Expected)
        {
            if (line.StartsWith("none:", StringComparison.Ordinal))
            {
                var text = line[5..].Trim();
                found.Where(q => q.Text.Contains(text, StringComparison.Ordinal)).ShouldBeEmpty($"'{text}' is not a quantity");
                continue;
            }
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            var q1 = found.FirstOrDefault(q => q.Text == parts[0]);
            q1.ShouldNotBeNull($"no quantity '{parts[0]}' in [{string.Join("; ", found.Select(f => f.Text))}]");
            foreach (var field in parts.Skip(1))
            {
                var space = field.IndexOf(' ');
                var name = field[..space];
                var expected = field[(space + 1)..];
                var actual = Field(q1, name);
                actual.ShouldBe(expected == "-" ? null : expected, $"{parts[0]}: {name}");
            }
        }
    }

    private static string? Field(Quantity q, string name) => name switch
    {
        "value" => q.Value?.ToString("R", CultureInfo.InvariantCulture),
        "max" => q.Max?.ToString("R", CultureInfo.InvariantCulture),
        "unit" => q.Unit,
        "about" => q.About,
        "qualifier" => q.Qualifier,
        "vague" => q.Vague,
        "change" => q.Change,
        _ => throw new FormatException("unknown field " + name),
    };
}
