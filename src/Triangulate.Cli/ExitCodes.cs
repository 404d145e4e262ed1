namespace Triangulate.Cli;

/// <summary>Exit codes of the contract (shared/docs/output-format.md, "Command line and HTTP").</summary>
public static class ExitCodes
{
    /// <summary>Every input was processed.</summary>
    public const int Ok = 0;
    /// <summary>Some inputs failed; they are listed in the document's <c>errors</c> and the rest is still output.</summary>
    public const int SomeInputsFailed = 1;
    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;
}
