using Triangulate.Documents;
using Triangulate.Fusion;

namespace Triangulate.Cli;

/// <summary>The one place where the CLI and the server turn analysed articles into a brief.</summary>
internal static class Briefs
{
    public static Brief Build(IReadOnlyList<AnalyzedArticle> analyzed, IReadOnlyList<InputError> errors)
        => BriefBuilder.Build(analyzed, errors);
}
