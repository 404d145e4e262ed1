using System.CommandLine;

namespace Triangulate.Cli;

/// <summary><c>triangulate eval SET PATH</c>: scores one stage against an annotated data set.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var set = new Argument<string>("SET")
        {
            Description = "Data set to score against: ecbplus, polnear, newsquant, tempeval3, newswcl50, meantime.",
        };
        var path = new Argument<string>("PATH") { Description = "The data set's folder, e.g. ../shared/eval/polnear." };
        var split = new Option<string>("--split")
        {
            Description = "dev (default), train or all; sets with only a dev split here ignore it.",
            DefaultValueFactory = _ => "dev",
        };
        var errors = new Option<string?>("--entity-errors")
        {
            Description = "Write the entity protocol's split and joined gold chains to this file (develop on --split train).",
        };
        var command = new Command("eval", "Score the engine on an annotated data set (see docs/EVALUATION.md).") { set, path, split, errors };
        command.SetAction(parse => Run(parse.GetValue(set)!, parse.GetValue(path)!, parse.GetValue(split) ?? "dev",
            parse.GetValue(errors), stdout, stderr));
        return command;
    }

    private static int Run(string set, string path, string split, string? errors, TextWriter stdout, TextWriter stderr)
    {
        if (split is not ("dev" or "train" or "all"))
        {
            stderr.WriteLine($"Unknown split '{split}': use dev, train or all.");
            return ExitCodes.Usage;
        }
        return Triangulate.Evaluation.EvaluationRunner.Run(set, path, stdout,
            new Triangulate.Evaluation.EvalOptions { Split = split, EntityErrorsPath = errors });
    }
}
