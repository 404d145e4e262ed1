using System.Globalization;
using Triangulate.Extraction.Times;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extraction.Times;

/// <summary>
/// Runs Specs/Times/*.md. <c>@published 2016-08-11</c> (or <c>@published none</c>) sets the publication date;
/// each further line is <c>text | value | type</c> for one expected expression (<c>-</c> for a null value), or
/// <c>none: TEXT</c> when no expression may contain TEXT.
/// </summary>
public sealed class TimeSpecTests
{
    public static IEnumerable<object[]> Cases() => SpecFile.Cases("Times");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_and_resolves_the_specified_times(SpecCase spec)
    {
        var published = spec.Expected.Where(l => l.StartsWith("@published", StringComparison.Ordinal))
            .Select(l => l[10..].Trim()).FirstOrDefault();
        DateOnly? dct = published is null or "none" ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var found = TimeExtractor.Extract(spec.Input, dct);
        foreach (var t in found) spec.Input.Substring(t.Start, t.End - t.Start).ShouldBe(t.Text);
        foreach (var line in spec.Expected.Where(l => !l.StartsWith('@')))
        {
            if (line.StartsWith("none:", StringComparison.Ordinal))
            {
                var text = line[5..].Trim();
                found.Where(t => t.Text.Contains(text, StringComparison.Ordinal)).ShouldBeEmpty($"'{text}' is not a time expression");
                continue;
            }
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            var match = found.FirstOrDefault(t => t.Text == parts[0]);
            match.ShouldNotBeNull($"no time '{parts[0]}' in [{string.Join("; ", found.Select(f => f.Text + "=" + f.Value))}]");
            match.Value.ShouldBe(parts[1] == "-" ? null : parts[1], parts[0]);
            if (parts.Length > 2) match.Type.ToString().ToLowerInvariant().ShouldBe(parts[2], parts[0]);
        }
    }
}
