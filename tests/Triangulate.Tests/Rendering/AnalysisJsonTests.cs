using System.Text;
using System.Text.Json;
using Triangulate.Documents;
using Triangulate.Rendering.Json;

namespace Triangulate.Tests.Rendering;

public class AnalysisJsonTests
{
    private static JsonElement Render(out byte[] bytes)
    {
        bytes = AnalysisJson.Render(Fixtures.Articles(), [new InputError("in/x.txt", null, "unreadable")]);
        return JsonDocument.Parse(bytes).RootElement.Clone();
    }

    [Fact]
    public void Document_names_its_schema_and_orders_articles_by_id()
    {
        var root = Render(out _);
        root.GetProperty("schema").GetString().ShouldBe("triangulate.analysis/1");
        root.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(["a-1", "b-2"]);
    }

    [Fact]
    public void Every_span_is_the_exact_substring_of_its_article_original_text()
    {
        var root = Render(out _);
        var texts = Fixtures.Articles().ToDictionary(a => a.Article.Id, a => a.Article.Text);
        var spans = Fixtures.SpansIn(root).ToList();
        spans.Count.ShouldBeGreaterThan(8);
        foreach (var (article, start, end, text) in spans)
            texts[article].Substring(start, end - start).ShouldBe(text, $"span {article} [{start},{end})");
    }

    [Fact]
    public void Kinds_are_lower_case_contract_names()
    {
        var b = Render(out _).GetProperty("articles")[1];
        b.GetProperty("removed").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ShouldBe(["metadata", "caption"]);
        b.GetProperty("quotes")[0].GetProperty("kind").GetString().ShouldBe("direct");
        b.GetProperty("mentions")[0].GetProperty("kind").GetString().ShouldBe("organization");
        b.GetProperty("times")[0].GetProperty("type").GetString().ShouldBe("date");
        JsonOutput.KindName(NoiseKind.EmbeddedPost).ShouldBe("embedded-post");
    }

    [Fact]
    public void Sections_of_stages_that_did_not_run_are_absent_not_empty()
    {
        var a = Render(out _).GetProperty("articles")[0];
        a.TryGetProperty("mentions", out var mentions).ShouldBeTrue();
        mentions.GetArrayLength().ShouldBe(1);
        foreach (var absent in new[] { "quotes", "quantities", "times", "sentences" })
            a.TryGetProperty(absent, out _).ShouldBeFalse(absent);
    }

    [Fact]
    public void Entity_ids_are_unique_in_the_document_and_quote_speakers_follow_their_mentions()
    {
        var articles = Render(out _).GetProperty("articles");
        var a = articles[0];
        var b = articles[1];
        var aRuiz = a.GetProperty("mentions")[0].GetProperty("entity").GetString();
        var bIds = b.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("entity").GetString()).ToList();
        // Both articles call their entities e1/e2 locally; in the document no id may name two things.
        bIds.ShouldNotContain(aRuiz);
        bIds.Distinct().Count().ShouldBe(2);
        var bRuiz = b.GetProperty("mentions").EnumerateArray().Single(m => m.GetProperty("text").GetString() == "Ana Ruiz").GetProperty("entity").GetString();
        b.GetProperty("quotes")[0].GetProperty("speaker").GetProperty("entity").GetString().ShouldBe(bRuiz);
        b.GetProperty("quotes")[0].GetProperty("chain").EnumerateArray().Select(x => x.GetString()).ShouldBe(["Ana Ruiz"]);
    }

    [Fact]
    public void Extracted_text_is_included_only_for_html_articles()
    {
        var articles = Render(out _).GetProperty("articles");
        articles[0].GetProperty("text").GetString().ShouldBe(Fixtures.TextA);
        articles[1].TryGetProperty("text", out _).ShouldBeFalse();
    }

    [Fact]
    public void Null_fields_are_written_as_null_where_the_contract_shows_them()
    {
        var articles = Render(out _).GetProperty("articles");
        articles[0].GetProperty("published").ValueKind.ShouldBe(JsonValueKind.Null);
        articles[1].GetProperty("published").GetString().ShouldBe("2021-03-04");
        articles[1].GetProperty("title").ValueKind.ShouldBe(JsonValueKind.Null);
        var q = articles[1].GetProperty("quantities")[0];
        q.GetProperty("value").GetRawText().ShouldBe("1200");
        q.GetProperty("qualifier").ValueKind.ShouldBe(JsonValueKind.Null);
        q.GetProperty("max").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Output_is_deterministic_utf8_without_bom_and_keeps_non_ascii_readable()
    {
        Render(out var first);
        Render(out var second);
        first.ShouldBe(second);
        first.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Encoding.UTF8.GetString(first);
        text.ShouldContain("the port’s director");
        text.ShouldNotContain("\\u2019");
        text.ShouldNotContain("\r");
    }

    [Fact]
    public void Errors_are_listed_with_input_line_and_message()
    {
        var e = Render(out _).GetProperty("errors")[0];
        e.GetProperty("input").GetString().ShouldBe("in/x.txt");
        e.GetProperty("line").ValueKind.ShouldBe(JsonValueKind.Null);
        e.GetProperty("message").GetString().ShouldBe("unreadable");
    }

    [Fact]
    public void A_span_that_cuts_a_surrogate_pair_is_written_as_an_escape_instead_of_failing_the_document()
    {
        var text = "Flag 🇺🇦 here";
        var article = new AnalyzedArticle(new Article { Id = "x", Source = "x.txt", Text = text })
        {
            Times = [new TimeExpression(0, 6, text[..6], null, TimeType.Date)],
            StagesRun = new HashSet<string> { "times" },
        };
        // An extractor bug, but one bad span must not cost the whole document; JSON can carry the lone half as \uD83C.
        var json = Encoding.UTF8.GetString(AnalysisJson.Render([article], []));
        json.ShouldContain("\"text\": \"Flag \\uD83C\"");
    }
}
