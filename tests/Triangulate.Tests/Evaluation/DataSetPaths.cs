namespace Triangulate.Tests.Evaluation;

/// <summary>Locates /shared/eval from the test's working directory (the project sees it at ../shared).</summary>
internal static class DataSetPaths
{
    public static string? Eval(string set)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "eval", set);
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
            dir = dir.Parent;
        }
        var fixedPath = Path.Combine("/work/shared/eval", set);
        return Directory.Exists(fixedPath) ? fixedPath : null;
    }
}
