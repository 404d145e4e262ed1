using System.Text;
using Triangulate.Documents;
using Triangulate.Ingest;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Ingest;

/// <summary>Every reader against generated good and bad inputs: each bad input gives an error naming the input (and
/// line), and the other inputs of the same run still come through.</summary>
public sealed class IngestTests() : TempFolder("triangulate-ingest-")
{
    private static string Src(string path) => path.Replace('\\', '/');

    [Fact]
    public void A_text_file_keeps_its_whole_text_and_its_date_header_becomes_metadata()
    {
        var text = " date 2024-10-23 ROME − Defense Secretary Lloyd Austin said Wednesday there is evidence.\n\nMore text.";
        var path = Write("003_abc.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var a = Inputs.Read([path]).Single().Article!;
        a.Id.ShouldBe("003_abc");
        a.Source.ShouldBe(Src(path));
        a.Text.ShouldBe(text); // BOM removed, nothing else changed
        a.Published.ShouldBe(new DateOnly(2024, 10, 23));
        a.KnownNoise.ShouldBe([new RemovedSpan(0, 16, NoiseKind.Metadata)]);
        a.Text[16..].ShouldStartWith(" ROME");
    }

    [Fact]
    public void The_date_header_may_lack_its_leading_space_and_a_bad_date_is_not_metadata()
    {
        TextFileReader.FromText("date 2024-10-24 Thousands of soldiers.", "a", "a").KnownNoise.ShouldBe([new RemovedSpan(0, 15, NoiseKind.Metadata)]);
        var bad = TextFileReader.FromText(" date 2024-13-40 Thousands of soldiers.", "a", "a");
        bad.KnownNoise.ShouldBeEmpty();
        bad.Published.ShouldBeNull();
        TextFileReader.FromText("Updated on 2024-10-24", "a", "a").KnownNoise.ShouldBeEmpty();
    }

    [Fact]
    public void Bad_text_files_give_errors_naming_the_file_and_the_good_files_still_come_through()
    {
        var good = Write("in/a_good.txt", "North Korea has 1.2 million troops.");
        var empty = Write("in/b_empty.txt", "");
        var blank = Write("in/c_blank.txt", "  \n\t\n ");
        var binary = Write("in/d_binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]);
        var invalid = Write("in/e_invalid.txt", [.. Encoding.UTF8.GetBytes("line one\nline two\nbad "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" here\n")]);
        var huge = Write("in/f_huge.txt", Encoding.UTF8.GetBytes(new string('x', 5000)));
        var utf16 = Write("in/f_utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Body text.")).ToArray());
        var good2 = Write("in/g_good.txt", "Russia and North Korea have denied the troop movements.");

        var results = Inputs.Read([Path.Combine(Dir, "in")], new IngestOptions { MaxArticleBytes = 4096 }).ToList();
        results.Count.ShouldBe(8);
        results.Where(r => r.Article is not null).Select(r => r.Article!.Source).ShouldBe([Src(good), Src(good2)]);

        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
        errors.Select(e => e.Input).ShouldBe([Src(empty), Src(blank), Src(binary), Src(invalid), Src(huge), Src(utf16)]);
        errors[0].Message.ShouldContain("empty");
        errors[1].Message.ShouldContain("empty");
        errors[2].Message.ShouldContain("binary");
        errors[3].Line.ShouldBe(3);
        errors[3].Message.ShouldContain("invalid UTF-8 at byte offset 22");
        errors[4].Message.ShouldContain("over the limit");
        errors[5].Message.ShouldContain("UTF-16");
    }

    [Fact]
    public void Folders_are_read_recursively_in_ordinal_order_and_unknown_files_are_skipped_with_a_warning()
    {
        Write("tree/b.txt", "Second article text.");
        Write("tree/A/z.txt", "First article text.");
        Write("tree/a/y.txt", "Third article text.");
        Write("tree/notes.md", "# not an article");
        var results = Inputs.Read([Path.Combine(Dir, "tree")]).ToList();
        results.Where(r => r.Article is not null).Select(r => r.Article!.Id).ShouldBe(["z", "y", "b"]); // "A/" < "a/" < "b.txt"
        results.Single(r => r.Warning is not null).Warning!.ShouldContain("notes.md");
        results.ShouldAllBe(r => r.Error == null);
    }

    [Fact]
    public void A_missing_path_is_an_error_and_the_next_path_is_still_read()
    {
        var good = Write("ok.txt", "Body text.");
        var results = Inputs.Read([Path.Combine(Dir, "missing.txt"), good]).ToList();
        results[0].Error!.Input.ShouldEndWith("missing.txt");
        results[0].Error!.Message.ShouldContain("no such file");
        results[1].Article!.Text.ShouldBe("Body text.");
    }

    [Fact]
    public void Duplicate_article_ids_across_files_are_errors()
    {
        var a = Write("x/same.txt", "One.");
        var b = Write("y/same.txt", "Two.");
        var results = Inputs.Read([a, b]).ToList();
        results[0].Article.ShouldNotBeNull();
        results[1].Error!.Message.ShouldContain("duplicate article id 'same'");
        results[1].Error!.Input.ShouldBe(Src(b));
    }

    [Fact]
    public void Bad_json_lines_give_errors_with_line_numbers_and_the_other_records_come_through()
    {
        var lines = new[]
        {
            """{"id": "a1", "text": "Austin said there is evidence.", "published": "2024-10-23", "title": "T", "url": "https://x.test/a", "outlet": "RFE/RL"}""",
            """{"id": "a2", "text": "Broken record" """,
            """{"text": "no id here"}""",
            "",
            """{"id": "a3"}""",
            """{"id": "a1", "text": "same id again"}""",
            """{"id": "a4", "text": "bad date", "published": "23/10/2024"}""",
            """{"id": "a5", "text": "Kirby said the soldiers traveled by ship.", "published": "2024-10-23T18:05:00-04:00"}""",
            """[1, 2]""",
            """{"id": "a6", "text": """ + "\"" + new string('y', 3000) + "\"}",
            """{"id": "a7", "text": "   "}""",
            """{"id": 8, "text": "numeric id"}""",
        };
        var path = Write("feed.jsonl", string.Join("\r\n", lines));
        var results = Inputs.Read([path], new IngestOptions { MaxArticleBytes = 2000 }).ToList();

        var articles = results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        articles.Select(a => a.Id).ShouldBe(["a1", "a5", "8"]);
        articles[0].ShouldSatisfyAllConditions(
            a => a.Published.ShouldBe(new DateOnly(2024, 10, 23)), a => a.Title.ShouldBe("T"),
            a => a.Url.ShouldBe("https://x.test/a"), a => a.Outlet.ShouldBe("RFE/RL"), a => a.Source.ShouldBe(Src(path)));
        articles[1].Published.ShouldBe(new DateOnly(2024, 10, 23));

        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
        errors.ShouldAllBe(e => e.Input == Src(path));
        errors.Select(e => e.Line).ShouldBe([2, 3, 5, 6, 7, 9, 10, 11]);
        errors[0].Message.ShouldContain("malformed JSON");
        errors[1].Message.ShouldContain("\"id\"");
        errors[2].Message.ShouldContain("\"text\"");
        errors[3].Message.ShouldContain("duplicate article id 'a1'");
        errors[4].Message.ShouldContain("bad \"published\" date");
        errors[5].Message.ShouldContain("JSON object");
        errors[6].Message.ShouldContain("over the limit");
        errors[7].Message.ShouldContain("empty text");
    }

    [Fact]
    public void Json_lines_are_streamed_a_large_file_comes_through_record_by_record()
    {
        var path = Path.Combine(Dir, "large.jsonl");
        const int records = 40_000;
        var body = new string('z', 400);
        using (var w = new StreamWriter(path, false, new UTF8Encoding(false)))
            for (var i = 0; i < records; i++) w.Write($"{{\"id\":\"r{i}\",\"text\":\"Record {i} {body}\"}}\n");
        new FileInfo(path).Length.ShouldBeGreaterThan(16_000_000);

        var count = 0; var lastId = "";
        foreach (var r in JsonLinesReader.Read(path, "large.jsonl", new IngestOptions()))
        {
            r.Error.ShouldBeNull();
            count++; lastId = r.Article!.Id;
        }
        count.ShouldBe(records);
        lastId.ShouldBe($"r{records - 1}");
    }

    [Fact]
    public void An_oversized_json_line_is_skipped_without_being_buffered()
    {
        var path = Path.Combine(Dir, "oversized.jsonl");
        using (var w = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            w.Write("{\"id\":\"big\",\"text\":\"");
            var chunk = new string('q', 1 << 16);
            for (var i = 0; i < 512; i++) w.Write(chunk); // 32 MiB on one line
            w.Write("\"}\n{\"id\":\"small\",\"text\":\"After the big one.\"}\n");
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        var results = JsonLinesReader.Read(path, "oversized.jsonl", new IngestOptions { MaxArticleBytes = 1 << 20 }).ToList();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        results[0].Error!.Line.ShouldBe(1);
        results[0].Error!.Message.ShouldContain("over the limit");
        results[1].Article!.Id.ShouldBe("small");
        allocated.ShouldBeLessThan(8L << 20, "the 32 MiB line must not be held in memory");
    }

    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Austin: North Korean troops in Russia | Example News</title>
          <meta property="og:title" content="North Korea Sent Troops To Russia, Says U.S. Defense Chief">
          <meta property="og:site_name" content="Example News">
          <meta property="article:published_time" content="2024-10-23T14:02:00Z">
          <link rel="canonical" href="https://news.example/world/austin-troops">
          <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LD headline","datePublished":"2024-10-22","publisher":{"@type":"Organization","name":"LD Publisher"}}</script>
          <script>var ads = "Advertisement";</script>
        </head><body>
          <nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
          <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
          <article class="story-body">
            <h1>North Korea Sent Troops To Russia, Says U.S. Defense Chief</h1>
            <figure><img src="a.jpg"><figcaption>U.S. Secretary of Defense Lloyd Austin (file photo)</figcaption></figure>
            <p>U.S. Secretary of Defense Lloyd Austin said on October 23 that there is evidence North Korea has sent troops to Russia, calling it a “next step” after Pyongyang provided Moscow with arms.</p>
            <p>Analysts are still assessing the situation, Austin said, but Pyongyang could face consequences for aiding Russia directly.</p>
            <div class="related-links"><a href="/x">Related: Kim visits Moscow</a></div>
            <p>NATO spokeswoman Farah Dakhlallah said allies are <a href="/nato">discussing the matter</a>, and that the North Atlantic Council would receive a briefing.</p>
          </article>
          <aside class="sidebar"><p>Most read: a long list of other stories that are not part of this article at all, with commas, and more.</p></aside>
          <div id="comments" class="comment-list"><p>Great article, thanks, very informative, I agree with everything written here.</p></div>
          <footer><p>© 2024 Example News. All rights reserved, everywhere, always.</p></footer>
        </body></html>
        """;

    [Fact]
    public void An_html_page_gives_its_main_text_and_metadata()
    {
        var path = Write("page.html", Page);
        var a = Inputs.Read([path]).Single().Article!;
        a.TextIsExtracted.ShouldBeTrue();
        a.Id.ShouldBe("page");
        a.Text.Split("\n\n").ShouldBe([
            "U.S. Secretary of Defense Lloyd Austin said on October 23 that there is evidence North Korea has sent troops to Russia, calling it a “next step” after Pyongyang provided Moscow with arms.",
            "Analysts are still assessing the situation, Austin said, but Pyongyang could face consequences for aiding Russia directly.",
            "NATO spokeswoman Farah Dakhlallah said allies are discussing the matter, and that the North Atlantic Council would receive a briefing.",
        ]);
        a.Title.ShouldBe("North Korea Sent Troops To Russia, Says U.S. Defense Chief");
        a.Published.ShouldBe(new DateOnly(2024, 10, 23));
        a.Outlet.ShouldBe("Example News");
        a.Url.ShouldBe("https://news.example/world/austin-troops");
    }

    [Fact]
    public void Json_ld_fills_what_meta_tags_leave_out()
    {
        const string html = """
            <html><head><title>Page title</title>
            <script type="application/ld+json">[{"@type":"WebSite","name":"x"},{"@type":["NewsArticle"],"headline":"Kirby: troops went by ship","datePublished":"2024-10-23T09:00:00+09:00","publisher":{"name":"Wire Daily"}}]</script>
            </head><body><div class="content"><p>Kirby said the U.S. believes at least 3,000 North Korean soldiers traveled by ship to Vladivostok, in Russia's Far East, in early to mid-October.</p></div></body></html>
            """;
        var a = HtmlReader.FromHtml(html, "ld", "ld.html").Article!;
        a.Title.ShouldBe("Kirby: troops went by ship");
        a.Published.ShouldBe(new DateOnly(2024, 10, 23));
        a.Outlet.ShouldBe("Wire Daily");
    }

    [Fact]
    public void Malformed_html_still_gives_an_article_or_a_clear_error()
    {
        var broken = Write("broken.html", "<html><body><div><p>Russia and North Korea have denied the troop movements, officials said.<p>Unclosed <b>bold and <i>italic text continues, with commas, for a while here.</div></span></body>");
        var noText = Write("notext.htm", "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav><img src='a.png'></body></html>");
        var binary = Write("binary.html", [0x3C, 0x68, 0x00, 0x01, 0x02]);
        var results = Inputs.Read([broken, noText, binary]).ToList();
        var a = results[0].Article!;
        a.Text.ShouldContain("Russia and North Korea have denied the troop movements, officials said.");
        a.Text.ShouldContain("italic text continues");
        results[1].Error!.Input.ShouldBe(Src(noText));
        results[1].Error!.Message.ShouldContain("no main text");
        results[2].Error!.Message.ShouldContain("binary");
    }
}
