using Triangulate.Documents;
using Triangulate.Extraction.Quotes;

namespace Triangulate.Tests.Extraction.Quotes;

/// <summary>A negated or refused cue marks an attribution of what was not said (invented sentences).</summary>
public sealed class CueNegationTests
{
    public static TheoryData<string, string, bool> Cases => new()
    {
        { "The ministry has not publicly responded to the claims by the two unions.", "responded", true },
        { "The company did not respond to a request for comment.", "respond", true },
        { "Mr Smith never said that the factory would close.", "said", true },
        { "The mayor didn't say whether the bridge would reopen.", "say", true },
        { "The mayor didn’t say whether the bridge would reopen.", "say", true },
        { "A spokesman declined to comment on the report.", "declined", true },
        { "The club refused to say how much it had paid.", "refused", true },
        { "Officials declined to immediately comment on the plan.", "comment", true },
        { "The council said the bridge would reopen in May.", "said", false },
        { "It is not clear, officials said, when the bridge will reopen.", "said", false },
        { "Not everyone agrees, the mayor said.", "said", false },
        { "The mayor denied that the bridge would close.", "denied", false },
        { "The union, which has not commented, said the strike would go on.", "said", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Negated_and_refused_cues_are_marked(string text, string cue, bool negated)
    {
        var at = text.IndexOf(cue, StringComparison.Ordinal);
        var quote = new Quote(QuoteKind.Indirect, text.Length - 1, text.Length, ".") { Cue = new Span(at, at + cue.Length) };
        CueNegation.Applies(text, quote).ShouldBe(negated);
    }

    [Fact]
    public void A_quote_without_a_cue_is_not_negated()
    {
        CueNegation.Applies("“Not now,” she said.", new Quote(QuoteKind.Direct, 1, 8, "Not now")).ShouldBeFalse();
    }

    [Fact]
    public void The_quote_stage_marks_a_negated_attribution_and_keeps_it()
    {
        const string text = "The ministry has not responded to the claims by the unions. The mayor said the bridge would reopen in May.";
        var doc = new QuoteStage().Apply(new AnalyzedArticle(new Article { Id = "t", Source = "t", Text = text }));
        doc.Quotes.ShouldContain(q => q.Negated && q.Text.Contains("the claims by the unions"));
        doc.Quotes.ShouldContain(q => !q.Negated && q.Text == "the bridge would reopen in May");
    }
}
