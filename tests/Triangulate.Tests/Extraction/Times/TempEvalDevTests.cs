using System.Text;
using Triangulate.Evaluation.Sets;
using Xunit.Abstractions;

namespace Triangulate.Tests.Extraction.Times;

/// <summary>Scores the time extractor on the TempEval-3 documents here and writes tempeval-errors.txt beside the
/// test binaries for error analysis.</summary>
public sealed class TempEvalDevTests(ITestOutputHelper output)
{
    [Fact]
    public void Platinum_sample_scores()
    {
        var folder = Path.Combine(Support.Repo.Shared, "eval/tempeval3");
        if (!Directory.Exists(folder)) return; // data not present on this machine
        var runs = TempEvalTimes.Run(folder);
        var score = TempEvalTimes.Score(runs);
        output.WriteLine($"gold {score.Gold} system {score.Predicted}; strict {score.Strict}; relaxed {score.Relaxed}; value accuracy {score.ValueAccuracy:P1}; value {score.Value}; type {score.Type}");
        var sb = new StringBuilder();
        foreach (var (doc, sys) in runs)
        {
            sb.AppendLine($"## {doc.Id} DCT {doc.Creation}");
            foreach (var g in doc.Timexes)
            {
                var m = sys.FirstOrDefault(s => s.Start < g.End && g.Start < s.End);
                sb.AppendLine(m is null ? $"  MISSED '{g.Text}' {g.Value}" : m.Value == g.Value && m.Start == g.Start && m.End == g.End ? $"  ok     '{g.Text}' {g.Value}" : $"  DIFF   '{g.Text}' {g.Value} vs '{m.Text}' {m.Value}");
            }
            foreach (var s in sys.Where(s => !doc.Timexes.Any(g => s.Start < g.End && g.Start < s.End)))
                sb.AppendLine($"  EXTRA  '{s.Text}' {s.Value} ...{doc.Text.Substring(Math.Max(0, s.Start - 40), Math.Min(80, doc.Text.Length - Math.Max(0, s.Start - 40))).Replace('\n', ' ')}");
        }
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "tempeval-errors.txt"), sb.ToString());
        // Floors under the measured figures (docs/EVALUATION.md): a regression guard.
        score.Relaxed.F1.ShouldBeGreaterThan(0.88);
        score.Value.F1.ShouldBeGreaterThan(0.80);
    }
}
