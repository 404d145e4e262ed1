using Triangulate.Evaluation.Scoring;

namespace Triangulate.Tests.Evaluation;

/// <summary>
/// Worked examples from the literature, with the expected numbers of the CoNLL reference scorer's test suite
/// (github.com/conll/reference-coreference-scorers, test/TestCases.README and CorefMetricTestConfig.pm, as also
/// shipped by ns-moosavi/coval): TC-A (Pradhan et al. 2014 predicted-mention cases), TC-D/E (Bagga &amp; Baldwin 1998
/// B³ paper), TC-F..L (Vilain et al. 1995 MUC paper), TC-M/N (all-coreferent / all-singleton keys).
/// Each letter is one mention; "B" is a mention different from "b" (overlapping), a repeated letter is a duplicate.
/// </summary>
public class CorefScoringTests
{
    private static List<List<char>> P(string s)
        => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim('{', '}').ToList()).ToList();

    private const double Tol = 1e-9;

    // id, key, response, metric, expected recall, expected precision
    public static TheoryData<string, string, string, string, double, double> Cases => new()
    {
        { "TC-A-1", "{a} {bc} {def}", "{a} {bc} {def}", "muc", 1, 1 },
        { "TC-A-1", "{a} {bc} {def}", "{a} {bc} {def}", "bcub", 1, 1 },
        { "TC-A-1", "{a} {bc} {def}", "{a} {bc} {def}", "ceafe", 1, 1 },
        { "TC-A-1", "{a} {bc} {def}", "{a} {bc} {def}", "ceafm", 1, 1 },
        { "TC-A-2", "{a} {bc} {def}", "{a} {de}", "muc", 1.0 / 3, 1 },
        { "TC-A-2", "{a} {bc} {def}", "{a} {de}", "bcub", 7.0 / 18, 1 },
        { "TC-A-2", "{a} {bc} {def}", "{a} {de}", "ceafm", 0.5, 1 },
        { "TC-A-2", "{a} {bc} {def}", "{a} {de}", "ceafe", 0.6, 0.9 },
        { "TC-A-3", "{a} {bc} {def}", "{a} {bcx} {defy} {z}", "muc", 1, 3.0 / 5 },
        { "TC-A-3", "{a} {bc} {def}", "{a} {bcx} {defy} {z}", "bcub", 1, 55.0 / 108 },
        { "TC-A-3", "{a} {bc} {def}", "{a} {bcx} {defy} {z}", "ceafm", 1, 6.0 / 9 },
        { "TC-A-3", "{a} {bc} {def}", "{a} {bcx} {defy} {z}", "ceafe", (1 + 4.0 / 5 + 6.0 / 7) / 3, (1 + 4.0 / 5 + 6.0 / 7) / 4 },
        { "TC-A-4", "{a} {bc} {def}", "{a} {bcx} {dy} {z}", "muc", 1.0 / 3, 1.0 / 3 },
        { "TC-A-4", "{a} {bc} {def}", "{a} {bcx} {dy} {z}", "bcub", 5.0 / 9, 17.0 / 42 },
        { "TC-A-4", "{a} {bc} {def}", "{a} {bcx} {dy} {z}", "ceafm", 4.0 / 6, 4.0 / 7 },
        { "TC-A-4", "{a} {bc} {def}", "{a} {bcx} {dy} {z}", "ceafe", 2.2 / 3, 2.2 / 4 },
        { "TC-A-5", "{a} {bc} {def}", "{a} {bcxB} {dy} {z}", "muc", 1.0 / 3, 1.0 / 4 },
        { "TC-A-5", "{a} {bc} {def}", "{a} {bcxB} {dy} {z}", "bcub", 5.0 / 9, 5.0 / 16 },
        { "TC-A-5", "{a} {bc} {def}", "{a} {bcxB} {dy} {z}", "ceafm", 4.0 / 6, 4.0 / 8 },
        { "TC-A-5", "{a} {bc} {def}", "{a} {bcxB} {dy} {z}", "ceafe", (1 + 4.0 / 6 + 2.0 / 5) / 3, (1 + 4.0 / 6 + 2.0 / 5) / 4 },
        { "TC-A-6", "{a} {bc} {def}", "{a} {bcx} {dy} {Bz}", "muc", 1.0 / 3, 1.0 / 4 },
        { "TC-A-6", "{a} {bc} {def}", "{a} {bcx} {dy} {Bz}", "bcub", 5.0 / 9, 17.0 / 48 },
        { "TC-A-6", "{a} {bc} {def}", "{a} {bcx} {dy} {Bz}", "ceafm", 4.0 / 6, 4.0 / 8 },
        { "TC-A-6", "{a} {bc} {def}", "{a} {bcx} {dy} {Bz}", "ceafe", 2.2 / 3, 2.2 / 4 },
        // duplicates are removed (first occurrence kept), so TC-A-7/8/9 score as TC-A-4
        { "TC-A-7", "{a} {bc} {def}", "{a} {bcxb} {dy} {z}", "bcub", 5.0 / 9, 17.0 / 42 },
        { "TC-A-7", "{a} {bc} {def}", "{a} {bcxb} {dy} {z}", "muc", 1.0 / 3, 1.0 / 3 },
        { "TC-A-7", "{a} {bc} {def}", "{a} {bcxb} {dy} {z}", "ceafm", 4.0 / 6, 4.0 / 7 },
        { "TC-A-8", "{a} {bc} {def}", "{a} {bcx} {dy} {bz}", "bcub", 5.0 / 9, 17.0 / 42 },
        { "TC-A-8", "{a} {bc} {def}", "{a} {bcx} {dy} {bz}", "ceafe", 2.2 / 3, 2.2 / 4 },
        { "TC-A-9", "{a} {bc} {def}", "{a} {bcx} {dy} {bbbbbbbbbbz}", "bcub", 5.0 / 9, 17.0 / 42 },
        { "TC-A-10", "{a} {bc} {def}", "{a} {b} {c} {d} {e} {f}", "muc", 0, 0 },
        { "TC-A-10", "{a} {bc} {def}", "{a} {b} {c} {d} {e} {f}", "bcub", 3.0 / 6, 1 },
        { "TC-A-11", "{a} {bc} {def}", "{abcdef}", "muc", 1, 3.0 / 5 },
        { "TC-A-11", "{a} {bc} {def}", "{abcdef}", "bcub", 1, 7.0 / 18 },
        { "TC-A-12", "{a} {bc} {def}", "{a} {x} {y} {c} {d} {e} {z}", "muc", 0, 0 },
        { "TC-A-12", "{a} {bc} {def}", "{a} {x} {y} {c} {d} {e} {z}", "bcub", 13.0 / 36, 4.0 / 7 },
        { "TC-A-13", "{a} {bc} {def}", "{axycdez}", "muc", 1.0 / 3, 1.0 / 6 },
        { "TC-A-13", "{a} {bc} {def}", "{axycdez}", "bcub", 17.0 / 36, 6.0 / 49 },
        { "TC-D-1", "{12345} {67} {89ABC}", "{12345} {6789ABC}", "bcub", 1, 16.0 / 21 },
        { "TC-D-1", "{12345} {67} {89ABC}", "{12345} {6789ABC}", "muc", 1, 9.0 / 10 },
        { "TC-E-1", "{12345} {67} {89ABC}", "{1234589ABC} {67}", "bcub", 1, 7.0 / 12 },
        { "TC-E-1", "{12345} {67} {89ABC}", "{1234589ABC} {67}", "muc", 1, 9.0 / 10 },
        { "TC-F-1", "{ABCD}", "{AB} {CD}", "muc", 2.0 / 3, 1 },
        { "TC-G-1", "{AB} {CD}", "{ABCD}", "muc", 1, 2.0 / 3 },
        { "TC-H-1", "{ABCD}", "{ABCD}", "muc", 1, 1 },
        { "TC-J-1", "{ABC}", "{AC}", "muc", 1.0 / 2, 1 },
        { "TC-K-1", "{BCDEGHJ}", "{ABC} {DEF} {GHI}", "muc", 3.0 / 6, 3.0 / 6 },
        { "TC-L-1", "{ABC} {DEFG}", "{AB} {CD} {FGH}", "muc", 2.0 / 5, 2.0 / 4 },
        { "TC-M-1", "{abcdef}", "{abcdef}", "bcub", 1, 1 },
        { "TC-M-1", "{abcdef}", "{abcdef}", "ceafe", 1, 1 },
        { "TC-M-2", "{abcdef}", "{a} {b} {c} {d} {e} {f}", "muc", 0, 0 },
        { "TC-N-1", "{a} {b} {c} {d} {e} {f}", "{a} {b} {c} {d} {e} {f}", "muc", 0, 0 },
        { "TC-N-1", "{a} {b} {c} {d} {e} {f}", "{a} {b} {c} {d} {e} {f}", "bcub", 1, 1 },
        { "TC-N-1", "{a} {b} {c} {d} {e} {f}", "{a} {b} {c} {d} {e} {f}", "ceafe", 1, 1 },
        { "TC-N-1", "{a} {b} {c} {d} {e} {f}", "{a} {b} {c} {d} {e} {f}", "ceafm", 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reference_scorer_test_cases(string id, string key, string response, string metric, double recall, double precision)
    {
        var k = P(key);
        var r = P(response);
        var score = metric switch
        {
            "muc" => CorefScoring.Muc(k, r),
            "bcub" => CorefScoring.BCubed(k, r),
            "ceafe" => CorefScoring.CeafE(k, r),
            "ceafm" => CorefScoring.CeafM(k, r),
            _ => throw new ArgumentException(metric),
        };
        score.Recall.ShouldBe(recall, Tol, $"{id} {metric} recall");
        score.Precision.ShouldBe(precision, Tol, $"{id} {metric} precision");
    }

    [Fact]
    public void Conll_f1_is_the_mean_of_muc_bcubed_and_ceafe()
    {
        // TC-A-4: MUC F1 1/3, B³ F1 .4683, CEAF-e F1 .62857 (reference scorer numbers)
        var s = CorefScoring.Score(P("{a} {bc} {def}"), P("{a} {bcx} {dy} {z}"));
        s.Muc.F1.ShouldBe(1.0 / 3, Tol);
        s.BCubed.F1.ShouldBe(0.4683, 1e-4);
        s.CeafE.F1.ShouldBe(0.62857, 1e-5);
        s.ConllF1.ShouldBe((1.0 / 3 + s.BCubed.F1 + s.CeafE.F1) / 3, Tol);
    }

    [Fact]
    public void Ceaf_e_sums_the_aligned_similarities()
    {
        // K1={abcd}, K2={ef}; R1={abef}, R2={cd}. φ4: K1-R1 = 4/8, K1-R2 = 4/6, K2-R1 = 4/6, K2-R2 = 0.
        // The best alignment is K1-R2 + K2-R1 = 4/3 (K1-R1 alone would give 1/2).
        var s = CorefScoring.CeafE(P("{abcd} {ef}"), P("{abef} {cd}"));
        s.Recall.ShouldBe(4.0 / 3 / 2, Tol);
        s.Precision.ShouldBe(4.0 / 3 / 2, Tol);
    }

    [Fact]
    public void Hungarian_finds_the_maximum_weight_assignment()
    {
        // Greedy (take 9 first) gives 9 + 1 = 10; the optimum is 8 + 8 = 16.
        var w = new double[,] { { 9, 8 }, { 8, 1 } };
        var a = Hungarian.MaximumWeightAssignment(w);
        a.ShouldBe([1, 0]);
        var rect = new double[,] { { 1, 5, 2 } };
        Hungarian.MaximumWeightAssignment(rect).ShouldBe([1]);
        var tall = new double[,] { { 1 }, { 7 }, { 3 } };
        Hungarian.MaximumWeightAssignment(tall).ShouldBe([-1, 0, -1]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Hungarian_matches_brute_force_on_random_matrices(int seed)
    {
        var rng = new Random(seed);
        for (var trial = 0; trial < 50; trial++)
        {
            int rows = rng.Next(1, 5), cols = rng.Next(1, 6);
            var w = new double[rows, cols];
            for (var i = 0; i < rows; i++) for (var j = 0; j < cols; j++) w[i, j] = rng.Next(0, 4) == 0 ? 0 : rng.NextDouble();
            var a = Hungarian.MaximumWeightAssignment(w);
            var got = a.Select((j, i) => j >= 0 ? w[i, j] : 0).Sum();
            a.Where(j => j >= 0).Distinct().Count().ShouldBe(a.Count(j => j >= 0)); // one-to-one
            got.ShouldBe(BruteForce(w, 0, new bool[cols]), 1e-9);
        }
    }

    private static double BruteForce(double[,] w, int row, bool[] used)
    {
        if (row == w.GetLength(0)) return 0;
        var best = BruteForce(w, row + 1, used); // row left unassigned
        for (var j = 0; j < w.GetLength(1); j++)
        {
            if (used[j]) continue;
            used[j] = true;
            best = Math.Max(best, w[row, j] + BruteForce(w, row + 1, used));
            used[j] = false;
        }
        return best;
    }

    [Fact]
    public void Clusters_from_labels_keep_first_seen_order()
    {
        var clusters = CorefScoring.ClustersFromLabels(new[] { ('a', "x"), ('b', "y"), ('c', "x") });
        clusters.Count.ShouldBe(2);
        clusters[0].ShouldBe(['a', 'c']);
        clusters[1].ShouldBe(['b']);
    }
}
