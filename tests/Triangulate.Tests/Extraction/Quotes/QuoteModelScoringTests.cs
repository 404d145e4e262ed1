using Triangulate.Documents;
using Triangulate.Extraction.Quotes;

namespace Triangulate.Tests.Extraction.Quotes;

/// <summary>Extraction scores the learned quote models by looking feature names up from their parts (no string per
/// word); training and the tools spell the names out. Both must give exactly the same probabilities, or the shipped
/// models would not be the ones that were measured.</summary>
public sealed class QuoteModelScoringTests
{
    // Sentences from PolNeAR train articles.
    private const string Text =
        "He said that he would offer “a prayer” for the eventual Republican nominee but did not suggest it would be Trump, "
        + "who has a significant delegate lead over Ted Cruz and John Kasich.\n\n"
        + "During a town hall-style meeting in Cedar Rapids, Iowa, Rubio told reporters Tuesday that the president’s new "
        + "executive actions on guns undermine Americans’ constitutional right to bear arms.\n\n"
        + "Palm Beach County Supervisor of Elections Susan Bucher said that independent voters can’t vote in the primary.";

    private static AnalyzedArticle Doc() => new(new Article { Id = "t", Source = "t", Text = Text });

    private static (IReadOnlyList<Span> Cue, IReadOnlyList<Span> Content) Gold(string cue, string content)
    {
        var c = Text.IndexOf(cue, StringComparison.Ordinal);
        var s = Text.IndexOf(content, StringComparison.Ordinal);
        return ([new Span(c, c + cue.Length)], [new Span(s, s + content.Length)]);
    }

    [Fact]
    public void Cue_probabilities_match_the_spelled_out_features_exactly()
    {
        var models = QuoteModels.Default;
        models.CueModel.ShouldNotBeNull();
        var fast = QuoteTraining.CueScores(Doc(), models).Select(x => x.Probability).ToList();
        var spelled = QuoteTraining.Examples(Doc(), []).Cue.Select(e => models.CueModel.Probability(e.Features)).ToList();
        fast.Count.ShouldBeGreaterThan(40);
        fast.ShouldBe(spelled);
        fast.ShouldContain(p => p >= models.Threshold);   // "said", "told": the comparison covers real cues
    }

    [Fact]
    public void End_probabilities_match_the_spelled_out_features_exactly()
    {
        var models = QuoteModels.Default;
        models.EndModel.ShouldNotBeNull();
        var gold = new[]
        {
            Gold("said", "he would offer “a prayer” for the eventual Republican nominee"),
            Gold("told", "the president’s new executive actions on guns undermine Americans’ constitutional right to bear arms"),
            Gold("said that", "independent voters can’t vote in the primary"),
        };
        var fast = QuoteTraining.EndScores(Doc(), gold, models).ToList();
        var spelled = QuoteTraining.Examples(Doc(), gold).End.Select(e => models.EndModel.Probability(e.Features)).ToList();
        fast.Count.ShouldBeGreaterThan(20);
        fast.ShouldBe(spelled);
    }
}
