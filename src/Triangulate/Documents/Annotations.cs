namespace Triangulate.Documents;

/// <summary>Kinds of non-body text reported in <c>removed</c> (contract names in lower case).</summary>
public enum NoiseKind { Metadata, Title, Caption, Credit, EmbeddedPost, Byline, Footer, Boilerplate }

public sealed record RemovedSpan(int Start, int End, NoiseKind Kind)
{
    public Span Span => new(Start, End);
}

public sealed record Sentence(int Start, int End)
{
    public Span Span => new(Start, End);
}

public sealed record Paragraph(int Start, int End)
{
    public Span Span => new(Start, End);
}

public enum TokenKind { Word, Number, Punctuation, Quote, Dash, Symbol, Url, Handle }

/// <summary>A token of the original text. <see cref="Norm"/> folds quotes, dashes and case-preserving forms
/// (e.g. curly apostrophe → ') so that extractors do not each handle every typographic variant.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, string Norm)
{
    public Span Span => new(Start, End);
    public int Length => End - Start;
}

public enum EntityKind { Person, Organization, Place, Other }

/// <summary>A mention of a named thing (or a resolved later reference) in one article.
/// <see cref="Entity"/> is an article-local id ("e1"); <see cref="Canonical"/> the fullest name the article gives.</summary>
public sealed record Mention(int Start, int End, string Text, EntityKind Kind, string Entity, string Canonical, string? Role)
{
    public Span Span => new(Start, End);
    /// <summary>How the mention was found: "name", "surname", "title", "pronoun", "acronym", "description".</summary>
    public string Form { get; init; } = "name";
}

public enum QuoteKind { Direct, Indirect, Mixed }

public sealed record SpeakerRef(int Start, int End, string Text, string? Entity, string? Canonical)
{
    public Span Span => new(Start, End);
}

public sealed record Quote(QuoteKind Kind, int Start, int End, string Text)
{
    public Span Span => new(Start, End);
    /// <summary>The quoted pieces when one quotation is interrupted by its attribution.</summary>
    public IReadOnlyList<Span> Parts { get; init; } = [];
    public SpeakerRef? Speaker { get; init; }
    public Span? Cue { get; init; }
    /// <summary>Canonical names from the outermost reporter inward to the original source.</summary>
    public IReadOnlyList<string> Chain { get; init; } = [];
    /// <summary>Article-local entity ids parallel to <see cref="Chain"/> (null where the link is not an entity).</summary>
    public IReadOnlyList<string?> ChainEntities { get; init; } = [];
    public double Confidence { get; init; } = 1.0;
    /// <summary>The cue is negated or refused ("did not respond to the claims", "declined to comment on"): an
    /// attribution of what was *not* said. Kept for scoring and display; the story stages do not present it as said.</summary>
    public bool Negated { get; init; }
}

public sealed record Quantity(int Start, int End, string Text)
{
    public Span Span => new(Start, End);
    public double? Value { get; init; }
    /// <summary>Upper bound of a range.</summary>
    public double? Max { get; init; }
    public string? Unit { get; init; }
    /// <summary>What is counted, as written ("North Korean troops").</summary>
    public string? About { get; init; }
    /// <summary>Span of <see cref="About"/> in the original text, when it is there verbatim.</summary>
    public Span? AboutSpan { get; init; }
    public string? Qualifier { get; init; }
    public string? Vague { get; init; }
    public string? Change { get; init; }
}

public enum TimeType { Date, Time, Duration, Set }

public sealed record TimeExpression(int Start, int End, string Text, string? Value, TimeType Type)
{
    public Span Span => new(Start, End);
    /// <summary>TIMEX3 mod (BEFORE, AFTER, START, MID, END, APPROX ...), when the expression carries one.</summary>
    public string? Mod { get; init; }
    /// <summary>True when the value was computed from the publication date.</summary>
    public bool Relative { get; init; }
}
