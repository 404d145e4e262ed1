using Triangulate.Evaluation.Sets;

namespace Triangulate.Evaluation;

/// <summary>The entry point of <c>triangulate eval SET PATH</c>: dispatches to the data set's <see cref="IEvaluation"/>.</summary>
public static class EvaluationRunner
{
    public static IReadOnlyList<IEvaluation> Evaluations { get; } =
    [
        new EcbPlusEvaluation(), new PolnearEvaluation(), new NewsQuantEvaluation(),
        new TempEvalEvaluation(), new NewsWcl50Evaluation(), new MeantimeEvaluation(),
    ];

    public static IReadOnlyList<string> SetNames => Evaluations.Select(e => e.Name).ToList();

    /// <summary>Runs one evaluation. Returns 0 on success, 2 for an unknown set or a missing path, 1 when the data
    /// cannot be read (the message goes to <paramref name="output"/>).</summary>
    public static int Run(string set, string path, TextWriter output, EvalOptions options)
    {
        var evaluation = Evaluations.FirstOrDefault(e => string.Equals(e.Name, set, StringComparison.OrdinalIgnoreCase));
        if (evaluation is null)
        {
            output.WriteLine($"Unknown evaluation set '{set}'. Known sets: {string.Join(", ", SetNames)}.");
            return 2;
        }
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            output.WriteLine($"Path not found: {path}");
            return 2;
        }
        try
        {
            return evaluation.Run(path, output, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException
                                       or System.Xml.XmlException or System.Text.Json.JsonException or KeyNotFoundException)
        {
            output.WriteLine($"Could not evaluate '{set}' at {path}: {e.Message}");
            return 1;
        }
    }
}
