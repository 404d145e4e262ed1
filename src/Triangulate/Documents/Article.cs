namespace Triangulate.Documents;

/// <summary>
/// One news report as ingested. <see cref="Text"/> is the original text that every span indexes:
/// for a file its whole content decoded as UTF-8 (BOM removed), for a JSON Lines record its
/// <c>text</c> field, for an HTML page the extracted main text.
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }
    /// <summary>The path as given on the command line (or below the given folder), with '/'.</summary>
    public required string Source { get; init; }
    public required string Text { get; init; }
    public DateOnly? Published { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Outlet { get; init; }
    /// <summary>True when <see cref="Text"/> was extracted (HTML) and so must be shown in the output.</summary>
    public bool TextIsExtracted { get; init; }
    /// <summary>Spans the reader already knows are not body text (e.g. a leading " date ..." header).</summary>
    public IReadOnlyList<RemovedSpan> KnownNoise { get; init; } = [];
}

/// <summary>A problem with one input. Never stops the other inputs.</summary>
public sealed record InputError(string Input, int? Line, string Message);
