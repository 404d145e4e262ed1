namespace Triangulate.Documents;

/// <summary>
/// A half-open range [Start, End) of UTF-16 code units in an article's original text.
/// Everything the engine extracts is a span into the original text, never into a cleaned copy,
/// so that every statement can be cited back to the exact words it came from.
/// </summary>
public readonly record struct Span(int Start, int End) : IComparable<Span>
{
    public int Length => End - Start;
    public bool IsEmpty => End <= Start;

    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Contains(Span other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(Span other) => other.Start < End && Start < other.End;

    public int OverlapLength(Span other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    public string TextOf(string original) => original.Substring(Start, End - Start);

    public int CompareTo(Span other)
    {
        var c = Start.CompareTo(other.Start);
        return c != 0 ? c : End.CompareTo(other.End);
    }

    public override string ToString() => $"[{Start},{End})";
}

/// <summary>A span anchored in one article: what the contract calls an evidence span.</summary>
public sealed record ArticleSpan(string Article, int Start, int End, string Text)
{
    public Span Span => new(Start, End);
}
