using System.Text;
using Triangulate.Ingest;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Ingest;

/// <summary>.json inputs: arrays of records, one record, JSON Lines under a .json name, and every way such a file
/// goes wrong, each reported with the file and the line while the good records still come through.</summary>
public sealed class JsonFileReaderTests() : TempFolder("triangulate-json-")
{
    [Fact]
    public void An_array_of_records_gives_each_article_with_its_metadata_and_a_bad_record_is_named_by_its_line()
    {
        var path = Write("day.json", """
            [
              {"id": "a-1", "text": "The council approved the budget.", "published": "2023-05-02", "title": "Budget", "outlet": "Gazette"},
              {"id": "a-2", "text": ""},
              {"id": "a-3", "text": "The mayor said the vote was fair."},
            ]
            """);
        var results = Inputs.Read([path]).ToList();
        results.Select(r => r.Article?.Id).ShouldBe(["a-1", null, "a-3"]);
        var first = results[0].Article!;
        (first.Published, first.Title, first.Outlet, first.Source).ShouldBe((new DateOnly(2023, 5, 2), "Budget", "Gazette", path.Replace('\\', '/')));
        results[1].Error!.Line.ShouldBe(3);
        results[1].Error!.Message.ShouldContain("empty text");
    }

    [Fact]
    public void One_record_and_json_lines_under_a_json_name_are_both_read()
    {
        Inputs.Read([Write("one.json", """{"id": "s-1", "text": "Rain closed the road."}""")]).Single().Article!.Id.ShouldBe("s-1");
        var lines = Write("lines.json", "{\"id\": \"l-1\", \"text\": \"One.\"}\n{\"id\": \"l-2\", \"text\": \"Two.\"}\n");
        Inputs.Read([lines]).Select(r => r.Article!.Id).ShouldBe(["l-1", "l-2"]);
    }

    [Fact]
    public void Json_lines_under_a_json_name_are_parsed_from_the_bytes_already_read_with_each_bad_line_named()
    {
        // One read of the file: the bytes the .json reader holds give the records (before, it returned null and the
        // file was read and parsed again by the JSON Lines reader).
        var bytes = Encoding.UTF8.GetBytes(
            "{\"id\": \"l-1\", \"text\": \"One.\"}\n{\"id\": \"l-2\", \"text\": \"\"}\n\n{\"id\": \"l-4\", \"text\": \"Four.\"}\r\n{\"id\": \"l-5\", \"text\": \"Fi");
        var results = JsonFileReader.FromBytes(bytes, "day.json", new IngestOptions()).ShouldNotBeNull();
        results.Select(r => r.Article?.Id).ShouldBe(["l-1", null, "l-4", null]);
        results.Select(r => r.Line ?? r.Error?.Line).ShouldBe([1, 2, 4, 5]);
        results[1].Error!.Message.ShouldContain("empty text");
        results[3].Error!.Message.ShouldContain("malformed JSON");
    }

    [Fact]
    public void Json_lines_read_as_json_give_the_same_results_as_the_same_bytes_read_as_jsonl()
    {
        var text = "\uFEFF{\"id\": \"m-1\", \"text\": \"One.\", \"published\": \"2023-05-02\"}\r\n"
                   + "{\"id\": \"m-2\", \"text\": \"" + new string('x', 300) + "\"}\n[1]\n{\"id\": \"m-4\"}\n  \n{\"id\": \"m-6\", \"text\": \"Six.\"}";
        var options = new IngestOptions { MaxArticleBytes = 200 };
        var asJson = JsonFileReader.Read(Write("same.json", text), "x", options).ToList();
        var asLines = JsonLinesReader.Read(Write("same.jsonl", text), "x", options).ToList();
        asJson.ShouldBe(asLines);
        asJson.Count(r => r.Article is not null).ShouldBe(2);
    }

    public static TheoryData<string, byte[], string, int?> BadFiles => new()
    {
        { "empty", [], "empty file", null },
        { "blank", Encoding.UTF8.GetBytes("  \n "), "empty file", null },
        { "binary", [0x5B, 0x00, 0x01, 0x02], "binary content", 1 },
        { "utf16", [0xFF, 0xFE, 0x5B, 0x00], "UTF-16", 1 },
        { "a string", Encoding.UTF8.GetBytes("\"just text\""), "expected an array of records or one record, found string", 1 },
        { "two values on one line", Encoding.UTF8.GetBytes("{\"id\": \"x\", \"text\": \"t\"} {\"id\": \"y\"}"), "more after the record", 1 },
        { "invalid UTF-8 in a record", [.. Encoding.UTF8.GetBytes("[{\"id\": \"u\", \"text\": \"caf"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}]")], "UTF-8", 1 },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_is_one_clear_error_naming_it(string name, byte[] bytes, string message, int? line)
    {
        var path = Write(name.Replace(' ', '-') + ".json", bytes);
        var error = Inputs.Read([path]).ShouldHaveSingleItem().Error.ShouldNotBeNull();
        error.Input.ShouldBe(path.Replace('\\', '/'));
        error.Message.ShouldContain(message);
        error.Line.ShouldBe(line);
    }

    [Fact]
    public void A_file_that_breaks_off_keeps_the_records_before_the_break_and_says_where_it_stopped()
    {
        var path = Write("cut.json", "[\n{\"id\": \"k-1\", \"text\": \"Kept.\"},\n{\"id\": \"k-2\", \"text\": \"Lost");
        var results = Inputs.Read([path]).ToList();
        results[0].Article!.Id.ShouldBe("k-1");
        var error = results[^1].Error.ShouldNotBeNull();
        error.Message.ShouldContain("malformed JSON");
        error.Message.ShouldContain("1 record before it read, nothing after it");
        error.Line.ShouldBe(3);
    }

    [Fact]
    public void A_file_over_the_json_limit_is_refused_with_a_pointer_to_json_lines_and_the_other_inputs_still_read()
    {
        var big = Write("big.json", "[" + string.Join(",", Enumerable.Range(0, 50).Select(i => $"{{\"id\": \"b{i}\", \"text\": \"Text {i}.\"}}")) + "]");
        var small = Write("small.json", """[{"id": "ok", "text": "Fine."}]""");
        var results = Inputs.Read([big, small], new IngestOptions { MaxJsonFileBytes = 200 }).ToList();
        results[0].Error!.Message.ShouldContain(".jsonl");
        results.Last().Article!.Id.ShouldBe("ok");
    }

    [Fact]
    public void Records_of_a_long_array_are_named_by_the_line_each_starts_on_however_the_records_are_laid_out()
    {
        // Records of one, two and three lines, some sharing a line: each bad one must name its own start line (the
        // count now runs on from record to record instead of from the file's start).
        var text = new System.Text.StringBuilder("[\n");
        var expected = new List<int>();
        var line = 2;
        for (var i = 0; i < 300; i++)
        {
            expected.Add(line);
            var layout = i % 3;
            text.Append(layout switch
            {
                0 => "{\"id\": \"r" + i + "\", \"text\": \"\"},\n",
                1 => "{\"id\": \"r" + i + "\",\n \"text\": \"\"}, ",
                _ => "{\"id\": \"r" + i + "\",\n\n \"text\": \"\"},\n",
            });
            line += layout switch { 0 => 1, 1 => 1, _ => 3 };
        }
        text.Append(']');
        var results = Inputs.Read([Write("layout.json", text.ToString())]).ToList();
        results.Select(r => r.Error!.Line).ShouldBe(expected.Cast<int?>());
    }
}
