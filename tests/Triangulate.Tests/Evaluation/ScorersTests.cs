using Triangulate.Documents;
using Triangulate.Evaluation.Scoring;

namespace Triangulate.Tests.Evaluation;

public class SpanScoringTests
{
    // gold and predicted as "s-e s-e", matching mode, expected matched count
    [Theory]
    [InlineData("0-5 10-20", "0-5 10-19", "exact", 1)]
    [InlineData("0-5 10-20", "0-5 10-19", "half", 2)]
    [InlineData("0-10", "0-4", "half", 0)]          // 4/10 of the longer span < 0.5
    [InlineData("0-10", "0-5", "half", 1)]          // exactly half
    [InlineData("0-10", "8-30", "any", 1)]
    [InlineData("0-10", "10-20", "any", 0)]         // touching is not overlapping
    [InlineData("0-10", "0-4 5-10", "any", 1)]      // one-to-one: the second piece is a false positive
    [InlineData("0-10 12-20", "0-20", "any", 1)]    // one predicted span cannot match two gold spans
    [InlineData("", "", "exact", 0)]
    public void Matched_counts(string gold, string predicted, string mode, int matched)
    {
        var matching = mode switch { "exact" => SpanMatching.Exact, "half" => SpanMatching.HalfOfLonger, _ => SpanMatching.AnyOverlap };
        SpanScoring.Align(Spans(gold), Spans(predicted), matching).Matched.ShouldBe(matched);
    }

    [Fact]
    public void Greedy_prefers_the_better_overlap()
    {
        // predicted 0-10 overlaps gold 0-10 fully and gold 5-20 partly: it must go to 0-10.
        var a = SpanScoring.Align(Spans("5-20 0-10"), Spans("0-10 6-20"), SpanMatching.AnyOverlap);
        a.Pairs.ShouldBe([(0, 1), (1, 0)]);
        a.Score.F1.ShouldBe(1);
    }

    [Fact]
    public void Gold_basis_measures_coverage_of_the_gold_span()
    {
        // predicted 0-30 covers all of gold 0-10 (gold basis 1.0) but only a third of the longer span.
        SpanScoring.Align(Spans("0-10"), Spans("0-30"), SpanMatching.Overlap(0.5, OverlapBasis.Gold)).Matched.ShouldBe(1);
        SpanScoring.Align(Spans("0-10"), Spans("0-30"), SpanMatching.Overlap(0.5)).Matched.ShouldBe(0);
    }

    [Fact]
    public void Precision_recall_from_counts()
    {
        var s = (new SpanCounts(2, 4, 3) + new SpanCounts(1, 1, 3)).Score;
        s.Precision.ShouldBe(3.0 / 5, 1e-12);
        s.Recall.ShouldBe(3.0 / 6, 1e-12);
        s.F1.ShouldBe(2 * 0.6 * 0.5 / 1.1, 1e-12);
        Prf.FromCounts(0, 0, 5).F1.ShouldBe(0);
    }

    internal static List<Span> Spans(string s)
        => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('-')).Select(p => new Span(int.Parse(p[0]), int.Parse(p[1]))).ToList();
}

public class ClusteringScoringTests
{
    [Fact]
    public void Pairwise_and_bcubed_hand_computed()
    {
        // gold {a b c} {d e}; predicted {a b} {c d e}
        var gold = new Dictionary<string, string> { ["a"] = "G1", ["b"] = "G1", ["c"] = "G1", ["d"] = "G2", ["e"] = "G2" };
        var pred = new Dictionary<string, int> { ["a"] = 1, ["b"] = 1, ["c"] = 2, ["d"] = 2, ["e"] = 2 };
        var s = ClusteringScoring.Score(gold, pred);
        // pairs: gold {ab ac bc de} = 4, predicted {ab cd ce de} = 4, common {ab de} = 2
        s.Pairwise.Precision.ShouldBe(0.5, 1e-12);
        s.Pairwise.Recall.ShouldBe(0.5, 1e-12);
        // B³ P: a 1, b 1, c 1/3, d 2/3, e 2/3 -> 11/15 ; R: a 2/3, b 2/3, c 1/3, d 1, e 1 -> 11/15
        s.BCubed.Precision.ShouldBe(11.0 / 15, 1e-12);
        s.BCubed.Recall.ShouldBe(11.0 / 15, 1e-12);
        s.GoldClusters.ShouldBe(2);
        s.PredictedClusters.ShouldBe(2);
    }

    [Fact]
    public void All_singletons_have_perfect_bcubed_precision_and_zero_pairwise()
    {
        var gold = new Dictionary<int, int> { [1] = 0, [2] = 0, [3] = 1 };
        var pred = new Dictionary<int, int> { [1] = 1, [2] = 2, [3] = 3 };
        var s = ClusteringScoring.Score(gold, pred);
        s.Pairwise.F1.ShouldBe(0);
        s.BCubed.Precision.ShouldBe(1, 1e-12);
        s.BCubed.Recall.ShouldBe((0.5 + 0.5 + 1) / 3, 1e-12);
    }

    [Fact]
    public void Items_missing_from_the_prediction_are_singletons()
    {
        var gold = new Dictionary<int, int> { [1] = 0, [2] = 0 };
        var pred = new Dictionary<int, int> { [1] = 7 };
        var s = ClusteringScoring.Score(gold, pred);
        s.BCubed.Recall.ShouldBe(0.5, 1e-12);
        s.Items.ShouldBe(2);
    }
}

public class QuantityScoringTests
{
    private static CqeQuantity Q(string value, string unit, string change = "=")
    {
        var (v, end) = CqeQuantity.ParseValue(value);
        return new CqeQuantity(v, end, unit, change);
    }

    [Theory]
    [InlineData("19.0", 19.0, null)]
    [InlineData("-5.0", -5.0, null)]
    [InlineData("252.0-287.0", 252.0, 287.0)]
    [InlineData("3.0 - 4.0", 3.0, 4.0)]
    [InlineData("1.99E-29", 1.99E-29, null)]
    public void Parses_values_and_ranges(string s, double value, double? end)
    {
        var (v, e) = CqeQuantity.ParseValue(s);
        v.ShouldBe(value);
        e.ShouldBe(end);
    }

    [Fact]
    public void Hand_computed_sentence_scores()
    {
        // sentence 1: gold 35 miles (~), 252-287 miles; predicted 35 mile (=) and 252 mile (single value, not the range)
        // sentence 2: gold 19 percentage (up); predicted 19.000001 percentage (up), 2013 "-" (spurious)
        var s = QuantityScoring.Score(new (IReadOnlyList<CqeQuantity>, IReadOnlyList<CqeQuantity>)[]
        {
            ([Q("35.0", "mile", "~"), Q("252.0-287.0", "mile")], [Q("35", "Mile", "="), Q("252", "mile")]),
            ([Q("19.0", "percentage", "up")], [Q("19.000001", "percentage", "up"), Q("2013", "-")]),
        });
        s.Gold.ShouldBe(3);
        s.Predicted.ShouldBe(4);
        // value: 35 and 19 match (252 single ≠ range) -> 2
        s.Value.Precision.ShouldBe(2.0 / 4, 1e-12);
        s.Value.Recall.ShouldBe(2.0 / 3, 1e-12);
        // unit (case-insensitive): mile, percentage -> 2 ; change: only the 19 "up" -> 1
        s.ValueUnit.Recall.ShouldBe(2.0 / 3, 1e-12);
        s.ValueChange.Recall.ShouldBe(1.0 / 3, 1e-12);
    }

    [Fact]
    public void Isclose_tolerance_is_relative()
    {
        QuantityScoring.IsClose(1_000_000.0, 1_000_005.0).ShouldBeTrue();   // 5 <= 1e-5 * 1e6
        QuantityScoring.IsClose(100.0, 100.01).ShouldBeFalse();
    }
}

public class TimexScoringTests
{
    [Fact]
    public void Strict_relaxed_and_value_scores()
    {
        // gold: "Friday" [10,16) DATE 2013-03-22 ; "a month" [30,37) DURATION P1M ; "last week" [50,59) DATE 2013-W11
        // system: "Friday" exact, right value ; "month" [32,37) overlapping, wrong value P1W ; "2013" [70,74) spurious
        var gold = new List<TimexItem>
        {
            new(new Span(10, 16), "DATE", "2013-03-22"), new(new Span(30, 37), "DURATION", "P1M"), new(new Span(50, 59), "DATE", "2013-W11"),
        };
        var sys = new List<TimexItem>
        {
            new(new Span(10, 16), "DATE", "2013-03-22"), new(new Span(32, 37), "DURATION", "P1W"), new(new Span(70, 74), "DATE", "2013"),
        };
        var c = TimexScoring.Score(gold, sys);
        c.Strict.F1.ShouldBe(1.0 / 3, 1e-12);         // 1 of 3 / 1 of 3
        c.Relaxed.F1.ShouldBe(2.0 / 3, 1e-12);
        c.ValueAccuracy.ShouldBe(0.5, 1e-12);
        c.Value.F1.ShouldBe(1.0 / 3, 1e-12);          // = relaxed F1 × value accuracy
        c.TypeAccuracy.ShouldBe(1, 1e-12);
    }
}
