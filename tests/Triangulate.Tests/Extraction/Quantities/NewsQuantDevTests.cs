using System.Text;
using Triangulate.Evaluation.Sets;
using Xunit.Abstractions;

namespace Triangulate.Tests.Extraction.Quantities;

/// <summary>Scores the quantity extractor on the NewsQuant development half with the CQE definitions and writes
/// an error listing next to the test binaries (newsquant-errors.txt) for error analysis.</summary>
public sealed class NewsQuantDevTests(ITestOutputHelper output)
{
    [Fact]
    public void Dev_scores_reach_the_published_level()
    {
        var path = SharedData.Find("eval/newsquant/NewsQuant.dev.json");
        if (path is null) return; // data not present on this machine: nothing to measure
        var sentences = NewsQuantQuantities.Run(path);
        var scores = NewsQuantQuantities.Score(sentences);
        foreach (var s in scores) output.WriteLine($"{s.Type}: P {s.P} R {s.R} F1 {s.F1}");
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "newsquant-errors.txt"), Errors(sentences));
        scores.Single(s => s.Type == "value").F1.ShouldBeGreaterThan(85);
    }

    private static string Errors(IReadOnlyList<CqeSentence> sentences)
    {
        var sb = new StringBuilder();
        foreach (var s in sentences)
        {
            var missing = s.Gold.Where(g => !s.Predicted.Any(p => NewsQuantQuantities.ValuesMatch(g, p))).ToList();
            var extra = s.Predicted.Where(p => !s.Gold.Any(g => NewsQuantQuantities.ValuesMatch(g, p))).ToList();
            var unit = s.Gold.SelectMany(g => s.Predicted.Where(p => NewsQuantQuantities.ValuesMatch(g, p) && (p.Unit != g.Unit || p.Change != g.Change))
                .Select(p => $"{g.Low}{(g.High is null ? "" : "-" + g.High)}: unit {p.Unit} vs gold {g.Unit}; change {p.Change} vs {g.Change}")).ToList();
            if (missing.Count == 0 && extra.Count == 0 && unit.Count == 0) continue;
            sb.AppendLine("# " + s.Text);
            foreach (var m in missing) sb.AppendLine($"  MISSED {m}");
            foreach (var e in extra) sb.AppendLine($"  EXTRA  {e}");
            foreach (var u in unit) sb.AppendLine($"  DIFF   {u}");
        }
        return sb.ToString();
    }
}
