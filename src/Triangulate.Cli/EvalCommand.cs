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
        var command = new Command("eval", "Score the engine on an annotated data set (see docs/EVALUATION.md).") { set, path };
        command.SetAction(parse => Run(parse.GetValue(set)!, parse.GetValue(path)!, stdout, stderr));
        return command;
    }

    private static int Run(string set, string path, TextWriter stdout, TextWriter stderr)
    {
        _ = stderr;
        var code = Triangulate.Evaluation.EvaluationRunner.Run(set, path, stdout, new Triangulate.Evaluation.EvalOptions());
        // The fusion report scores stories and cross-document entities in the product's setting (named gold
        // mentions, merged per predicted story); the runner above scores all gold mentions. Both are printed.
        if (code == ExitCodes.Ok && set is "ecbplus" or "newswcl50" or "meantime")
        {
            stdout.WriteLine();
            stdout.Write(set switch
            {
                "ecbplus" => Triangulate.Evaluation.FusionEval.FusionEvaluation.EcbPlusReport(path, dev: true),
                "newswcl50" => Triangulate.Evaluation.FusionEval.FusionEvaluation.NewsWcl50Report(path),
                _ => Triangulate.Evaluation.FusionEval.FusionEvaluation.MeantimeReport(path),
            });
        }
        return code;
    }
}
