namespace Triangulate.Cli;

public enum OutputFormat { Json, Markdown, Html }

public enum DocumentKind { Analysis, Brief }

public static class OutputFormats
{
    public static OutputFormat Parse(string name) => name switch
    {
        "json" => OutputFormat.Json,
        "md" => OutputFormat.Markdown,
        "html" => OutputFormat.Html,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "expected json, md or html"),
    };
}

/// <summary>What an <c>analyze</c> or <c>brief</c> invocation asked for.</summary>
/// <param name="Timings">Print the time of each step (read, analyse, each fusion step, render) to standard error.</param>
public sealed record DocumentRequest(DocumentKind Kind, IReadOnlyList<string> Paths, OutputFormat Format, string? OutFile, bool Timings = false);
