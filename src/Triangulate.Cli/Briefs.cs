using Triangulate.Documents;
using Triangulate.Fusion;

namespace Triangulate.Cli;

/// <summary>The one place where the CLI and the server turn analysed articles into a brief.</summary>
internal static class Briefs
{
    public static readonly BriefFusion Fusion = BriefBuilder.Default().Build();

    public static Brief Build(IReadOnlyList<AnalyzedArticle> analyzed, IReadOnlyList<InputError> errors, FusionTimings? timings = null)
        => Fusion.Fuse(analyzed, errors, timings);
}
