namespace Triangulate.Tests;

/// <summary>Finds the shared data folder (<c>../shared</c> from the repository root) from the test binaries.</summary>
internal static class SharedData
{
    public static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "..", "shared", relative);
            if (File.Exists(candidate) || Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
    }
}
