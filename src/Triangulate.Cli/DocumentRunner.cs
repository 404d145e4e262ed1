using Triangulate.Documents;
using Triangulate.Ingest;
using Triangulate.Pipeline;
using Triangulate.Rendering.Html;
using Triangulate.Rendering.Json;
using Triangulate.Rendering.Markdown;

namespace Triangulate.Cli;

/// <summary>
/// Runs <c>analyze</c> and <c>brief</c>: read every input (a bad one becomes an entry in <c>errors</c>, never an
/// abort), analyse, render, write. Standard output carries only the document, or nothing with <c>--out</c>;
/// everything else goes to standard error.
/// </summary>
public static class DocumentRunner
{
    public static int Run(DocumentRequest request, TextWriter stdout, TextWriter stderr)
    {
        var (articles, errors) = ReadInputs(request.Paths, stderr);
        var analyzed = PipelineBuilder.Default().Build().AnalyzeAll(articles);

        var document = request.Kind switch
        {
            DocumentKind.Analysis => RenderAnalysis(analyzed, errors, request.Format),
            _ => RenderBrief(analyzed, errors, request.Format),
        };

        if (request.OutFile is { } path)
        {
            try { File.WriteAllBytes(path, document); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"triangulate: cannot write {path}: {e.Message}");
                return ExitCodes.SomeInputsFailed;
            }
        }
        else
        {
            stdout.Write(JsonOutput.ToText(document));
            stdout.Flush();
        }
        return errors.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }

    /// <summary>Reads all inputs in their deterministic order. Warnings (skipped files) and errors go to stderr as
    /// they happen; errors are also returned for the document. A second article with an id already seen is an
    /// error too: the contract promises ids unique within a document.</summary>
    public static (IReadOnlyList<Article> Articles, IReadOnlyList<InputError> Errors) ReadInputs(
        IReadOnlyList<string> paths, TextWriter stderr)
    {
        var articles = new List<Article>();
        var errors = new List<InputError>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in Inputs.Read(paths))
        {
            if (result.Warning is { } warning) stderr.WriteLine($"triangulate: warning: {warning}");
            if (result.Error is { } error)
            {
                errors.Add(error);
                stderr.WriteLine($"triangulate: error: {error.Input}{(error.Line is int l ? ":" + l : "")}: {error.Message}");
            }
            if (result.Article is { } article)
            {
                if (seen.TryGetValue(article.Id, out var first))
                {
                    var dup = new InputError(article.Source, null, $"duplicate article id '{article.Id}' (first read from {first})");
                    errors.Add(dup);
                    stderr.WriteLine($"triangulate: error: {dup.Input}: {dup.Message}");
                    continue;
                }
                seen[article.Id] = article.Source;
                articles.Add(article);
            }
        }
        return (articles, errors);
    }

    private static byte[] RenderAnalysis(IReadOnlyList<AnalyzedArticle> analyzed, IReadOnlyList<InputError> errors, OutputFormat format)
        => format switch
        {
            OutputFormat.Json => AnalysisJson.Render(analyzed, errors),
            OutputFormat.Markdown => Utf8(AnalysisMarkdown.Render(analyzed, errors)),
            _ => Utf8(AnalysisHtml.Render(analyzed, errors)),
        };

    private static byte[] RenderBrief(IReadOnlyList<AnalyzedArticle> analyzed, IReadOnlyList<InputError> errors, OutputFormat format)
    {
        var brief = Briefs.Build(analyzed, errors);
        return format switch
        {
            OutputFormat.Json => BriefJson.Render(brief),
            OutputFormat.Markdown => Utf8(BriefMarkdown.Render(brief)),
            _ => Utf8(BriefHtml.Render(brief, analyzed)),
        };
    }

    private static byte[] Utf8(string text) => JsonOutput.Utf8NoBom.GetBytes(text);
}
