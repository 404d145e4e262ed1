namespace Triangulate.Tests.Support;

/// <summary>
/// Readable spec files (Markdig style): a markdown file per capability, one "## case" section per example,
/// each with a ```text block (the article text) and an ```expected block (one expected item per line, in a
/// format the capability's test defines). Optional "Source:" line says where the real text came from.
/// </summary>
public sealed record SpecCase(string File, string Name, string? Source, string Input, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"{Path.GetFileNameWithoutExtension(File)}: {Name}";
}

public static class SpecFile
{
    public static string SpecsRoot => Path.Combine(AppContext.BaseDirectory, "Specs");

    /// <summary>All cases of all spec files in Specs/<paramref name="capability"/>, as xunit theory rows.</summary>
    public static IEnumerable<object[]> Cases(string capability)
        => Directory.EnumerateFiles(Path.Combine(SpecsRoot, capability), "*.md").Order(StringComparer.Ordinal)
            .SelectMany(Load).Select(c => new object[] { c });

    public static IReadOnlyList<SpecCase> Load(string path)
    {
        var lines = File.ReadAllLines(path);
        var cases = new List<SpecCase>();
        string? name = null, source = null, input = null;
        List<string>? expected = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                name = line[3..].Trim(); source = null; input = null; expected = null;
            }
            else if (line.StartsWith("Source:", StringComparison.Ordinal)) source = line[7..].Trim();
            else if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var kind = line[3..].Trim();
                var body = new List<string>();
                for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++) body.Add(lines[i]);
                if (kind == "text") input = string.Join("\n", body);
                else if (kind == "expected") expected = body.Where(l => l.Length > 0).ToList();
            }
        }
        Flush();
        return cases;

        void Flush()
        {
            if (name is null) return;
            if (input is null || expected is null)
                throw new FormatException($"{path}: case '{name}' needs a ```text and an ```expected block");
            cases.Add(new SpecCase(path, name, source, input, expected));
        }
    }
}

/// <summary>Finds the repository root (folder holding Triangulate.slnx) and the shared data beside it.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Triangulate.slnx not found above " + AppContext.BaseDirectory);
    }
}
