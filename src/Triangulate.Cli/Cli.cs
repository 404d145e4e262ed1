using System.CommandLine;

namespace Triangulate.Cli;

/// <summary>
/// The <c>triangulate</c> command tree. <see cref="Run(string[], TextWriter, TextWriter)"/> takes its writers as
/// arguments so that tests run the real command in-process and see exactly what a shell would see.
/// </summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        => Run(args, stdout, stderr, stdoutIsTerminal: false);

    /// <param name="stdoutIsTerminal">Chooses the default format: Markdown for a person at a terminal, JSON for a
    /// pipe or file (a script reading stdout gets the contract without having to ask for it).</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool stdoutIsTerminal)
    {
        var root = Build(stdout, stderr, stdoutIsTerminal);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"triangulate: {error.Message}");
            stderr.WriteLine("Try 'triangulate --help'.");
            return ExitCodes.Usage;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr, bool stdoutIsTerminal)
    {
        var root = new RootCommand(
            "Triangulate reads many news reports of the same events and tells you, citing exact character spans, " +
            "which articles tell the same story, who said what, which figures sources agree on and where they differ.");

        root.Subcommands.Add(DocumentCommand("analyze",
            "Analyse each article on its own: removed noise, sentences, mentions, quotes, quantities, times (triangulate.analysis/1).",
            DocumentKind.Analysis, stdout, stderr, stdoutIsTerminal));
        root.Subcommands.Add(DocumentCommand("brief",
            "The cross-source account of all inputs: stories, agreed claims, disagreements, quotes, timeline (triangulate.brief/1).",
            DocumentKind.Brief, stdout, stderr, stdoutIsTerminal));
        root.Subcommands.Add(EvalCommand.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommand(stderr));
        return root;
    }

    private static Command DocumentCommand(string name, string description, DocumentKind kind,
        TextWriter stdout, TextWriter stderr, bool stdoutIsTerminal)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files (.txt, .json, .jsonl, .html/.htm) or folders, read recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        // A PATH argument takes any token, so an unknown option would be read as a file name; refuse "-x" tokens that
        // name no file so that a mistyped option is a usage error (exit 2), not a missing input (exit 1).
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    result.AddError($"Unrecognized option '{token.Value}'.");
        });
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Output format: json (the contract), md (Markdown for reading) or html (a self-contained page). " +
                          "Default: md when standard output is a terminal, json otherwise.",
            HelpName = "json|md|html",
        };
        format.AcceptOnlyFromAmong("json", "md", "html");
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write the document to FILE; standard output then carries nothing.",
            HelpName = "FILE",
        };

        var timings = new Option<bool>("--timings")
        {
            Description = "Print the time spent in each step (read, analyse, each fusion step, render) to standard error.",
        };

        var command = new Command(name, description) { paths, format, output, timings };
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(format) is { } f ? OutputFormats.Parse(f)
                : stdoutIsTerminal && parse.GetValue(output) is null ? OutputFormat.Markdown : OutputFormat.Json;
            var request = new DocumentRequest(kind, parse.GetValue(paths) ?? [], chosen, parse.GetValue(output), parse.GetValue(timings));
            return DocumentRunner.Run(request, stdout, stderr);
        });
        return command;
    }

    private static Command ServeCommand(TextWriter stderr)
    {
        var db = new Option<string?>("--db")
        {
            Description = "SQLite database file that keeps articles, analyses and story ids (default: triangulate.db).",
            HelpName = "FILE",
        };
        var urls = new Option<string?>("--urls")
        {
            Description = "URL(s) to listen on, separated by ';' (default: http://localhost:5000).",
            HelpName = "URL",
        };
        var command = new Command("serve", "Serve the HTTP API (/api/stories, /api/articles, /openapi/v1.json).") { db, urls };
        command.SetAction(parse =>
        {
            var options = new ServeOptions(parse.GetValue(db) ?? "triangulate.db", parse.GetValue(urls) ?? "http://localhost:5000");
            try
            {
                Server.Build([], options).Run();
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                stderr.WriteLine($"triangulate: cannot serve: {e.Message}");
                return ExitCodes.SomeInputsFailed;
            }
        });
        return command;
    }
}
