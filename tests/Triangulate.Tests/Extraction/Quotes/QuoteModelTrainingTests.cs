using System.Globalization;
using Triangulate.Documents;
using Triangulate.Extraction.Quotes;

namespace Triangulate.Tests.Extraction.Quotes;

/// <summary>The shipped quote models must be exactly what <c>QuoteEval --train-models</c> gives from the same data
/// and code (<c>--check-models</c> compares the bytes), so training may depend on nothing else: not on a second run,
/// the order of the articles, the current culture, or the platform's exponential.</summary>
public sealed class QuoteModelTrainingTests
{
    // Invented text in the style of PolNeAR train.
    private static readonly string[] Texts =
    [
        "The mayor said that the new budget would cut waste. Officials said the plan failed, but the council disagreed. "
        + "A spokesman told reporters that the office would not comment.",
        "The senator said the vote was delayed at a hearing on Tuesday. Aides said she would return next week. "
        + "The governor believes that the tax will pass, his office said.",
        "Critics said the program cost too much. The director said that the agency had done nothing wrong, "
        + "which surprised many. Analysts said growth would slow this year.",
    ];

    private static (AnalyzedArticle Doc, IReadOnlyList<(IReadOnlyList<Span> Cue, IReadOnlyList<Span> Content)> Gold) Article(string text)
    {
        // Gold: every "said"/"told"/"believes" is a cue whose content runs to the next comma or period.
        var gold = new List<(IReadOnlyList<Span>, IReadOnlyList<Span>)>();
        foreach (var cue in new[] { "said", "told", "believes" })
            for (var c = text.IndexOf(cue, StringComparison.Ordinal); c >= 0; c = text.IndexOf(cue, c + 1, StringComparison.Ordinal))
            {
                var s = c + cue.Length + 1;
                var e = text.IndexOfAny([',', '.'], s);
                if (e > s) gold.Add(([new Span(c, c + cue.Length)], [new Span(s, e)]));
            }
        return (new AnalyzedArticle(new Article { Id = "t", Source = "t", Text = text }), gold);
    }

    private static (string Cue, string End) Train(IEnumerable<string> texts) =>
        QuoteTraining.TrainModels(texts.Select(Article).ToList(), "test sample", 1e-6);

    [Fact]
    public void Training_twice_gives_identical_files()
    {
        var first = Train(Texts);
        var second = Train(Texts);
        second.Cue.ShouldBe(first.Cue);
        second.End.ShouldBe(first.End);
        first.Cue.Split('\n').Length.ShouldBeGreaterThan(10);   // the sample trains real weights
        first.End.Split('\n').Length.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void The_order_of_the_articles_does_not_matter()
    {
        var forward = Train(Texts);
        var backward = Train(Texts.Reverse());
        backward.Cue.ShouldBe(forward.Cue);
        backward.End.ShouldBe(forward.End);
    }

    [Fact]
    public void The_current_culture_does_not_change_the_text()
    {
        var expected = Train(Texts);
        var saved = CultureInfo.CurrentCulture;
        var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        odd.NumberFormat.NumberDecimalSeparator = ",";
        odd.NumberFormat.NegativeSign = "~";
        try
        {
            CultureInfo.CurrentCulture = odd;
            Train(Texts).ShouldBe(expected);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
        expected.End.ShouldNotContain("\r");
    }

    [Fact]
    public void A_written_model_reads_back_to_the_same_text()
    {
        var text = Train(Texts).End;
        var header = string.Join("\n", text.Split('\n').TakeWhile(l => l.StartsWith('#')).Select(l => l[2..]));
        LogisticModel.Read(new StringReader(text)).ToText(header).ShouldBe(text);
    }

    [Fact]
    public void The_portable_exponential_agrees_with_the_platform_one()
    {
        for (var x = -40.0; x <= 40.0; x += 0.137)
        {
            var relative = Math.Abs(LogisticModel.PortableExp(x) - Math.Exp(x)) / Math.Exp(x);
            relative.ShouldBeLessThan(1e-14, $"x = {x}");
        }
        LogisticModel.PortableExp(0).ShouldBe(1.0);
        LogisticModel.PortableExp(-800).ShouldBe(0.0);
    }
}
