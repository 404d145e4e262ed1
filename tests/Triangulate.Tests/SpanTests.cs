using Triangulate.Documents;

namespace Triangulate.Tests;

public class SpanTests
{
    [Theory]
    [InlineData(0, 5, 3, 8, 2)]
    [InlineData(0, 5, 5, 8, 0)]
    [InlineData(2, 4, 0, 10, 2)]
    public void Overlap_length_is_the_shared_code_units(int a, int b, int c, int d, int expected)
        => new Span(a, b).OverlapLength(new Span(c, d)).ShouldBe(expected);
}
