using Triangulate.Documents;
using Triangulate.Fusion;

namespace Triangulate.Cli;

/// <summary>The one place where the CLI and the server turn analysed articles into a brief.</summary>
internal static class Briefs
{
    // TODO(merge: fusion): replace with Triangulate.Fusion.BriefBuilder once the fusion branches land;
    // InterimBriefBuilder only lists the articles and groups them all in one story.
    public static Brief Build(IReadOnlyList<AnalyzedArticle> analyzed, IReadOnlyList<InputError> errors)
        => InterimBriefBuilder.Build(analyzed, errors);
}
