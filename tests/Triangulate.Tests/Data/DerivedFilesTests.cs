using System.Diagnostics;
using Triangulate.Tests.Fusion;

namespace Triangulate.Tests.Data;

/// <summary>
/// The word lists learned from the training splits are committed beside the scripts that rebuild them; a committed
/// file that differs from its script's output is a model nobody can reproduce (learned.tsv once held nine place
/// words its script already left out). Each script is run on ../shared and its output compared byte for byte.
/// </summary>
public sealed class DerivedFilesTests
{
    public static TheoryData<string, string, string> Scripts() => new()
    {
        // script, its data argument (under ../shared), committed file
        { "tools/mentions/learn-mention-lists.py", "eval", "src/Triangulate/Resources/Mentions/learned.tsv" },
        { "tools/learn_quote_cues.py", "eval/polnear/train", "src/Triangulate/Resources/quote-cues.tsv" },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task A_committed_learned_file_is_what_its_script_builds_from_the_training_data(string script, string data, string committed)
    {
        var shared = FusionTestData.Shared();
        var repo = Directory.GetParent(Path.Combine(AppContext.BaseDirectory))!;
        while (!File.Exists(Path.Combine(repo.FullName, "Triangulate.slnx"))) repo = repo.Parent!;
        var output = Path.Combine(Path.GetTempPath(), $"derived-{Guid.NewGuid():N}.tsv");
        try
        {
            var writesToStdout = script.EndsWith("learn_quote_cues.py", StringComparison.Ordinal);
            var start = new ProcessStartInfo("python3") { WorkingDirectory = repo.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(Path.Combine(shared, data));
            if (!writesToStdout) start.ArgumentList.Add(output);
            using var process = Process.Start(start).ShouldNotBeNull("python3 is needed to check the derived files");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.ShouldBe(0, $"{script} failed: {await stderr}");
            if (writesToStdout) await File.WriteAllTextAsync(output, await stdout);
            var built = File.ReadAllBytes(output);
            var kept = File.ReadAllBytes(Path.Combine(repo.FullName, committed));
            built.SequenceEqual(kept).ShouldBeTrue($"{committed} differs from what {script} builds; rebuild it with the command in docs/DATA.md and commit it");
        }
        finally
        {
            if (File.Exists(output)) File.Delete(output);
        }
    }
}
