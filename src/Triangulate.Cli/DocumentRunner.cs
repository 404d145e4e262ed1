using System.Diagnostics;
using Triangulate.Documents;
using Triangulate.Fusion;
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
        var clock = Stopwatch.StartNew();
        var steps = new List<(string Step, TimeSpan Time)>();
        var (articles, errors) = ReadInputs(request.Paths, stderr);
        steps.Add(("read", clock.Elapsed));
        clock.Restart();
        var analyzed = PipelineBuilder.Default().Build().AnalyzeAll(articles);
        steps.Add(("analyse", clock.Elapsed));

        var fusion = request.Timings && request.Kind == DocumentKind.Brief ? new FusionTimings() : null;
        clock.Restart();
        var document = request.Kind switch
        {
            DocumentKind.Analysis => RenderAnalysis(analyzed, errors, request.Format),
            _ => RenderBrief(analyzed, errors, request.Format, fusion),
        };
        steps.Add((request.Kind == DocumentKind.Brief ? "fuse + render" : "render", clock.Elapsed));
        if (request.Timings) WriteTimings(stderr, articles.Count, steps, fusion);

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

    private static void WriteTimings(TextWriter stderr, int articles, List<(string Step, TimeSpan Time)> steps, FusionTimings? fusion)
    {
        stderr.WriteLine($"triangulate: timings for {articles} article(s), wall clock:");
        foreach (var (step, time) in steps) stderr.WriteLine($"  {step,-16} {time.TotalMilliseconds,10:F0} ms");
        if (fusion is null) return;
        // Story steps run in parallel, so these are summed over stories (CPU time, not wall time).
        stderr.WriteLine("  fusion steps, summed over stories:");
        foreach (var (step, time) in fusion.Steps) stderr.WriteLine($"    {step,-14} {time.TotalMilliseconds,10:F0} ms");
    }

    private static byte[] RenderBrief(IReadOnlyList<AnalyzedArticle> analyzed, IReadOnlyList<InputError> errors, OutputFormat format, FusionTimings? timings)
    {
        var brief = Briefs.Build(analyzed, errors, timings);
        return format switch
        {
            OutputFormat.Json => BriefJson.Render(brief),
            OutputFormat.Markdown => Utf8(BriefMarkdown.Render(brief)),
            _ => Utf8(BriefHtml.Render(brief, analyzed)),
        };
    }

    private static byte[] Utf8(string text) => JsonOutput.Utf8NoBom.GetBytes(text);
}
