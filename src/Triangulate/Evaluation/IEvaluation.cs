namespace Triangulate.Evaluation;

/// <summary>One data set's evaluation: reads the set at a path, prints statistics, baselines and system scores as a
/// deterministic plain-text report, and returns a process exit code (0 on success).</summary>
public interface IEvaluation
{
    /// <summary>The name used on the command line ("ecbplus", "polnear", ...).</summary>
    string Name { get; }
    int Run(string path, TextWriter output, EvalOptions options);
}
