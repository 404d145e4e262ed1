using System.Text.RegularExpressions;
using Triangulate.Documents;
using Triangulate.Fusion;
using Triangulate.Rendering.Html;
using Triangulate.Rendering.Markdown;

namespace Triangulate.Tests.Rendering;

public class ReadableRenderingTests
{
    [Fact]
    public void Markdown_brief_cites_each_statement_and_lists_sources()
    {
        var md = BriefMarkdown.Render(Fixtures.Brief());
        var claimLine = md.Split('\n').Single(l => l.StartsWith("- **1,500 containers were delayed**"));
        claimLine.ShouldContain("[a-1:");
        claimLine.ShouldContain("1 independent source");
        md.ShouldContain("### Where sources differ");
        md.ShouldContain("### Who said what");
        md.ShouldContain("### Timeline");
        md.ShouldNotContain("### In short"); // no summary stage ran
        md.ShouldContain("## Sources");
        md.ShouldContain("- [b-2] 2021-03-04 · `in/b-2.txt`");
        md.ShouldContain("in/bad.jsonl` line 3");
    }

    [Fact]
    public void Claims_of_one_article_are_apart_from_agreed_ones_and_an_outlets_own_voice_is_named_as_such()
    {
        var story = Fixtures.Brief().Stories[0];
        var agreed = story.Claims![0] with { ArticleCount = 2 };
        var own = story.Claims[1] with { Sources = ["outlet:b-2"], SourceNames = ["Harbour Times"] };
        var brief = Fixtures.Brief() with { Stories = [story with { Claims = [agreed, own] }] };
        foreach (var text in new[] { BriefMarkdown.Render(brief), BriefHtml.Render(brief, Fixtures.Articles()) })
        {
            var agreedAt = text.IndexOf("What sources agree on", StringComparison.Ordinal);
            var singleAt = text.IndexOf("Reported in one article only", StringComparison.Ordinal);
            agreedAt.ShouldBeGreaterThan(0);
            singleAt.ShouldBeGreaterThan(agreedAt);
            text.IndexOf("1,500 containers were delayed", StringComparison.Ordinal).ShouldBeInRange(agreedAt, singleAt);
            text.IndexOf("1,200 containers were stuck", StringComparison.Ordinal).ShouldBeGreaterThan(singleAt);
            text.ShouldContain("Harbour Times (the outlet");
            text.ShouldNotContain("outlet:b-2");
        }
    }

    [Fact]
    public void Who_said_what_groups_utterances_under_their_speaker_most_quoted_first_and_unattributed_last()
    {
        StoryQuote Q(string id, string? speaker, string? name, params string[] articles)
            => new(id, speaker, QuoteKind.Direct, articles.Select(a => new QuoteVersion(a, 0, 1, "x", [])).ToList(), []) { SpeakerName = name };
        var quotes = new[]
        {
            Q("q1", null, null, "a"), Q("q2", "e2", "Lee", "a"), Q("q3", "e1", "Ruiz", "a", "b"), Q("q4", "e2", "Lee", "c"), Q("q5", "e1", "Ruiz", "c"),
        };
        var names = new Dictionary<string, string> { ["e1"] = "Ana Ruiz", ["e2"] = "Lee Min" };
        var groups = Triangulate.Rendering.QuotesBySpeaker.Group(quotes, id => id is null ? "unattributed" : names[id]);
        groups.Select(g => g.Name).ShouldBe(["Ana Ruiz", "Lee Min", "unattributed"]);
        groups[0].Quotes.Select(q => q.Id).ShouldBe(["q3", "q5"]); // the utterance most articles carry first
        groups[0].Articles.ShouldBe(3);
    }

    [Fact]
    public void Reported_speech_shows_its_cues_and_a_direct_quotation_does_not()
    {
        // Invented: one outlet says the ministry denied the report, another that it rejected it.
        static QuoteVersion V(string article, string cue) => new(article, 10, 20, "the report", ["Ministry"]) { Cue = new ArticleSpan(article, 0, cue.Length, cue) };
        var reported = new StoryQuote("q1", "e1", QuoteKind.Indirect, [V("a-1", "denied"), V("b-2", "Denied"), V("c-3", "rejected")], []) { SpeakerName = "Ministry" };
        Triangulate.Rendering.QuoteCues.Describe(reported).ShouldBe("denied / rejected");
        Triangulate.Rendering.QuoteCues.Describe(reported with { Kind = QuoteKind.Direct }).ShouldBeNull();
        Triangulate.Rendering.QuoteCues.Describe(reported with { Versions = [new QuoteVersion("a-1", 10, 20, "the report", [])] }).ShouldBeNull();

        var story = Fixtures.Brief().Stories[0] with { Quotes = [reported] };
        var brief = Fixtures.Brief() with { Stories = [story] };
        BriefMarkdown.Render(brief).ShouldContain("_denied / rejected_ “the report”");
        BriefHtml.Render(brief, Fixtures.Articles()).ShouldContain("<em class=\"cue\">denied / rejected</em>");
    }

    [Fact]
    public void A_disagreement_position_naming_a_quote_shows_the_version_those_articles_carry()
    {
        var story = Fixtures.Brief().Stories[0] with
        {
            Disagreements = [new Disagreement("d2", "wording", "Ruiz's words", [new DisagreementPosition("q1", ["b-2"])], "differs")],
        };
        var (text, evidence) = BriefMarkdown.Position(story, story.Disagreements![0].Positions[0]);
        text.ShouldBe("“We are working day and night,”");
        evidence.ShouldHaveSingleItem().Article.ShouldBe("b-2");
        BriefMarkdown.Position(story, new DisagreementPosition("c1", ["a-1"])).Text.ShouldBe("1,500 containers were delayed");
    }

    [Fact]
    public void Entity_list_keeps_the_widely_reported_cast_and_counts_the_rest()
    {
        StoryEntity Entity(int id, params string[] articles)
            => new("e" + id, "Name" + id, EntityKind.Person, null, [], articles.Select(a => new ArticleSpan(a, 0, 1, "x")).ToList());
        var entities = Enumerable.Range(1, 20).Select(i => Entity(i, "a", "b")).Append(Entity(21, "a")).ToList();
        var (shown, hidden) = BriefMarkdown.EntitiesWorthListing(entities, storyArticles: 2);
        shown.Count.ShouldBe(15);
        shown.ShouldNotContain(e => e.Id == "e21");
        hidden.ShouldBe(6);
        BriefMarkdown.EntitiesWorthListing([Entity(1, "a")], storyArticles: 1).Shown.ShouldHaveSingleItem();
    }

    [Fact]
    public void Markdown_analysis_shows_removed_noise_and_only_sections_that_ran()
    {
        var md = AnalysisMarkdown.Render(Fixtures.Articles(), []);
        md.ShouldContain("caption: “Photo: harbour at dawn (Reuters)”");
        var a = md[md.IndexOf("## [a-1]", StringComparison.Ordinal)..md.IndexOf("## [b-2]", StringComparison.Ordinal)];
        a.ShouldContain("### Who and what is mentioned");
        a.ShouldNotContain("### Quotes");
        md.ShouldContain("“We are working day and night,”");
    }

    [Fact]
    public void Html_brief_links_every_citation_to_a_highlighted_span_and_encodes_text()
    {
        var html = BriefHtml.Render(Fixtures.Brief(), Fixtures.Articles());
        var ids = Regex.Matches(html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        var targets = Regex.Matches(html, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        targets.Count.ShouldBeGreaterThan(3);
        foreach (var t in targets) ids.ShouldContain(t);
        html.ShouldContain("Containers stuck at &lt;Rotterdam&gt; port");
        html.ShouldContain("<mark id=\"c0-");
        html.ShouldContain("class=\"removed\"");
        // Self-contained: nothing fetched from elsewhere.
        html.ShouldNotContain("<script");
        html.ShouldNotContain("<link");
        Regex.IsMatch(html, "src=\"https?:").ShouldBeFalse();
    }

    [Fact]
    public void Html_analysis_highlights_overlapping_spans_without_losing_text()
    {
        var html = AnalysisHtml.Render(Fixtures.Articles(), []);
        var plain = System.Net.WebUtility.HtmlDecode(Regex.Replace(
            Regex.Match(html, "<div class=\"text\">(.*?)</div>", RegexOptions.Singleline).Groups[1].Value, "<[^>]+>", ""));
        plain.ShouldBe(Fixtures.TextA);
    }

    [Fact]
    public void Annotated_text_keeps_every_character_once()
    {
        const string text = "a <b> & c";
        var html = AnnotatedText.Render(text, [new RemovedSpan(0, 1, NoiseKind.Credit)],
            [new TextMark(2, 5, "x", "cite", null), new TextMark(3, 9, "y", "quote", "t")]);
        System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")).ShouldBe(text);
        html.ShouldContain("id=\"x\"");
        html.ShouldContain("id=\"y\"");
    }
}
