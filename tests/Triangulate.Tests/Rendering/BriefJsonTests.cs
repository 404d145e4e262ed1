using System.Text.Json;
using Triangulate.Documents;
using Triangulate.Fusion;
using Triangulate.Rendering.Json;

namespace Triangulate.Tests.Rendering;

public class BriefJsonTests
{
    private static JsonElement Root() => JsonDocument.Parse(BriefJson.Render(Fixtures.Brief())).RootElement.Clone();

    [Fact]
    public void Document_names_its_schema_and_orders_articles_by_id()
    {
        var root = Root();
        root.GetProperty("schema").GetString().ShouldBe("triangulate.brief/1");
        root.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(["a-1", "b-2"]);
    }

    [Fact]
    public void A_quote_version_carries_its_cue_span_when_it_has_one()
    {
        var story = Fixtures.Brief().Stories[0];
        var version = story.Quotes![0].Versions[0];
        var withCue = story with { Quotes = [story.Quotes[0] with { Versions = [version with { Cue = new ArticleSpan("b-2", 3, 7, "said") }] }] };
        var json = JsonDocument.Parse(BriefJson.Render(Fixtures.Brief() with { Stories = [withCue] })).RootElement;
        var cue = json.GetProperty("stories")[0].GetProperty("quotes")[0].GetProperty("versions")[0].GetProperty("cue");
        (cue.GetProperty("start").GetInt32(), cue.GetProperty("end").GetInt32(), cue.GetProperty("text").GetString()).ShouldBe((3, 7, "said"));
        Root().GetProperty("stories")[0].GetProperty("quotes")[0].GetProperty("versions")[0].TryGetProperty("cue", out _).ShouldBeFalse();
    }

    [Fact]
    public void Story_sections_follow_the_contract_and_a_null_section_is_absent()
    {
        var story = Root().GetProperty("stories")[0];
        story.GetProperty("id").GetString().ShouldBe("s1");
        story.GetProperty("articles").GetArrayLength().ShouldBe(2);
        story.TryGetProperty("summary", out _).ShouldBeFalse();
        story.GetProperty("changes").GetArrayLength().ShouldBe(0);
        story.GetProperty("independentSources").GetInt32().ShouldBe(1);
        story.GetProperty("why").EnumerateObject().Select(p => p.Name).ShouldBe(["a-1", "b-2"]);

        var claim = story.GetProperty("claims")[0];
        claim.GetProperty("value").GetRawText().ShouldBe("1500");
        claim.GetProperty("asOf").GetString().ShouldBe("2021-03");
        claim.GetProperty("articleCount").GetInt32().ShouldBe(1);
        claim.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).ShouldBe(["e1"]);

        var d = story.GetProperty("disagreements")[0];
        d.GetProperty("kind").GetString().ShouldBe("value");
        d.GetProperty("positions").EnumerateArray().Select(p => p.GetProperty("claim").GetString()).ShouldBe(["c1", "c2"]);

        story.GetProperty("entities")[0].GetProperty("kind").GetString().ShouldBe("person");
        story.GetProperty("quotes")[0].GetProperty("kind").GetString().ShouldBe("direct");
        story.GetProperty("quotes")[0].GetProperty("speaker").GetString().ShouldBe("e1");
    }

    [Fact]
    public void Evidence_spans_are_exact_substrings()
    {
        var texts = new Dictionary<string, string> { ["a-1"] = Fixtures.TextA, ["b-2"] = Fixtures.TextB };
        var spans = Fixtures.SpansIn(Root()).ToList();
        spans.Count.ShouldBeGreaterThan(5);
        foreach (var (article, start, end, text) in spans) texts[article].Substring(start, end - start).ShouldBe(text);
    }

    [Fact]
    public void Articles_carry_copy_and_shared_passage_fields()
    {
        var b = Root().GetProperty("articles")[1];
        b.GetProperty("copyOf").ValueKind.ShouldBe(JsonValueKind.Null);
        b.GetProperty("sharedPassages")[0].GetProperty("with").GetString().ShouldBe("a-1");
        b.GetProperty("sharedPassages")[0].GetProperty("share").GetDouble().ShouldBe(0.125);
        Root().GetProperty("errors")[0].GetProperty("line").GetInt32().ShouldBe(3);
    }

    [Fact]
    public void Rendering_twice_gives_identical_bytes() => BriefJson.Render(Fixtures.Brief()).ShouldBe(BriefJson.Render(Fixtures.Brief()));
}
