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
        // fusion scores (story clustering, cross-document entities) until the evaluation runner covers them
        if (set is "ecbplus" or "newswcl50" or "meantime")
        {
            stdout.Write(set switch
            {
                "ecbplus" => Triangulate.Evaluation.FusionEval.FusionEvaluation.EcbPlusReport(path, dev: true),
                "newswcl50" => Triangulate.Evaluation.FusionEval.FusionEvaluation.NewsWcl50Report(path),
                _ => Triangulate.Evaluation.FusionEval.FusionEvaluation.MeantimeReport(path),
            });
            return ExitCodes.Ok;
        }
        // TODO(merge: eval): call Triangulate.Evaluation.EvaluationRunner.Run(set, path, stdout, options) here once the
        // `eval` branch is merged. Until then this build has no scorers, and it says so instead of printing numbers.
        _ = stdout;
        stderr.WriteLine($"triangulate: eval {set} {path}: the evaluation runner is not part of this build yet.");
        return ExitCodes.SomeInputsFailed;
    }
}
