using System.Text;
using System.Text.Json;
using Triangulate.Cli;
using Triangulate.Tests.Rendering;

namespace Triangulate.Tests.Cli;

/// <summary>The command line's contract, run in-process through <see cref="Triangulate.Cli.Cli.Run(string[], TextWriter, TextWriter)"/>.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "triangulate-cli-" + Guid.NewGuid().ToString("N"));

    public CliTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "in"));
        File.WriteAllText(Path.Combine(_dir, "in", "b_2.txt"), Fixtures.TextB, new UTF8Encoding(true));
        File.WriteAllText(Path.Combine(_dir, "in", "a_1.txt"), Fixtures.TextA);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Triangulate.Cli.Cli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string In => Path.Combine(_dir, "in");

    [Theory]
    [InlineData("analyze", "triangulate.analysis/1")]
    [InlineData("brief", "triangulate.brief/1")]
    public void All_inputs_ok_exits_0_and_stdout_is_only_the_json_document(string command, string schema)
    {
        var (code, stdout, stderr) = Run(command, In, "--format", "json");
        code.ShouldBe(ExitCodes.Ok, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        root.GetProperty("schema").GetString().ShouldBe(schema);
        root.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(["a_1", "b_2"]);
        root.GetProperty("errors").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Without_a_terminal_the_default_format_is_json_and_with_one_markdown()
    {
        Run("brief", In).Out.TrimStart().ShouldStartWith("{");
        var stdout = new StringWriter();
        Triangulate.Cli.Cli.Run(["brief", In], stdout, new StringWriter(), stdoutIsTerminal: true).ShouldBe(0);
        stdout.ToString().ShouldStartWith("# Triangulate brief");
    }

    [Fact]
    public void Source_is_the_path_as_given_with_forward_slashes()
    {
        var (_, stdout, _) = Run("analyze", In);
        var sources = JsonDocument.Parse(stdout).RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("source").GetString()).ToList();
        sources.ShouldAllBe(s => s!.StartsWith(In.Replace('\\', '/')) && !s.Contains('\\'));
    }

    [Fact]
    public void A_failed_input_exits_1_is_listed_in_errors_and_the_rest_is_still_output()
    {
        var missing = Path.Combine(_dir, "nope.txt");
        var (code, stdout, stderr) = Run("analyze", missing, In, "--format", "json");
        code.ShouldBe(ExitCodes.SomeInputsFailed);
        var root = JsonDocument.Parse(stdout).RootElement;
        root.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("input").GetString()).ShouldContain(missing.Replace('\\', '/'));
        root.GetProperty("articles").GetArrayLength().ShouldBe(2);
        stderr.ShouldContain("nope.txt");
    }

    [Fact]
    public void Two_articles_with_one_id_are_an_error_not_a_duplicate()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "more"));
        File.WriteAllText(Path.Combine(_dir, "more", "a_1.txt"), "Another text.");
        var (code, stdout, _) = Run("analyze", In, Path.Combine(_dir, "more"));
        code.ShouldBe(ExitCodes.SomeInputsFailed);
        var root = JsonDocument.Parse(stdout).RootElement;
        root.GetProperty("articles").EnumerateArray().Count(a => a.GetProperty("id").GetString() == "a_1").ShouldBe(1);
        root.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("duplicate article id");
    }

    [Theory]
    [InlineData]
    [InlineData("analyze")]
    [InlineData("brief", "x", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData("brief", "x", "--bogus")]
    public void Usage_errors_exit_2_with_nothing_on_stdout(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);
        code.ShouldBe(ExitCodes.Usage);
        stdout.ShouldBeEmpty();
        stderr.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("json")]
    [InlineData("md")]
    [InlineData("html")]
    public void With_out_stdout_carries_nothing_and_the_file_has_the_document(string format)
    {
        var file = Path.Combine(_dir, "out." + format);
        var (code, stdout, _) = Run("brief", In, "--format", format, "--out", file);
        code.ShouldBe(0);
        stdout.ShouldBeEmpty();
        var bytes = File.ReadAllBytes(file);
        bytes.Length.ShouldBeGreaterThan(100);
        bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF });
    }

    [Fact]
    public void Timings_go_to_stderr_name_every_fusion_step_and_leave_the_document_unchanged()
    {
        var corpus = Paths.SampleCorpus;
        var plain = Run("brief", corpus, "--format", "json");
        var timed = Run("brief", corpus, "--format", "json", "--timings");
        timed.Code.ShouldBe(0, timed.Err);
        timed.Out.ShouldBe(plain.Out);
        foreach (var step in new[] { "read", "analyse", "copies", "stories", "entities", "quotes", "claims", "disagreements", "timeline", "summary" })
            timed.Err.ShouldContain(" " + step + " ");
        plain.Err.ShouldNotContain("timings");
    }

    [Fact]
    public void Sample_corpus_brief_and_analysis_are_byte_identical_across_runs_and_spans_hold()
    {
        var corpus = Paths.SampleCorpus;
        foreach (var command in new[] { "analyze", "brief" })
        {
            var first = Run(command, corpus, "--format", "json");
            var second = Run(command, corpus, "--format", "json");
            first.Code.ShouldBe(0, first.Err);
            second.Out.ShouldBe(first.Out);

            var texts = Directory.GetFiles(corpus).ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => File.ReadAllText(f), StringComparer.Ordinal);
            foreach (var (article, start, end, text) in Fixtures.SpansIn(JsonDocument.Parse(first.Out).RootElement))
                texts[article].Substring(start, end - start).ShouldBe(text);
        }
    }

    [Fact]
    public void Html_input_carries_its_extracted_text_and_spans_index_that_text()
    {
        var html = Path.Combine(_dir, "page.html");
        File.WriteAllText(html, """
            <!DOCTYPE html><html><head><title>Port jam &amp; delays</title></head><body>
            <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
            <article><h1>Port jam &amp; delays</h1>
            <p>The port authority said on Tuesday that 1,200 containers were stuck at the northern terminal.</p>
            <p>“We are working day and night,” said director Ana Ruiz, adding that the backlog would take weeks to clear.</p>
            <p>Shipping lines have diverted vessels to neighbouring ports while cranes are repaired.</p>
            </article><footer>© Example Post</footer></body></html>
            """);
        var (code, stdout, stderr) = Run("analyze", html, "--format", "json");
        code.ShouldBe(0, stderr);
        var article = JsonDocument.Parse(stdout).RootElement.GetProperty("articles").EnumerateArray().ShouldHaveSingleItem();
        var text = article.GetProperty("text").GetString()!;
        text.ShouldContain("1,200 containers");
        text.ShouldNotContain("<p>");
        foreach (var (_, start, end, spanText) in Fixtures.SpansIn(article)) text.Substring(start, end - start).ShouldBe(spanText);
        foreach (var s in article.GetProperty("sentences").EnumerateArray())
            s.GetProperty("end").GetInt32().ShouldBeLessThanOrEqualTo(text.Length);
    }

    [Fact]
    public void A_bad_json_lines_record_is_an_error_with_its_line_and_the_good_records_are_output()
    {
        var jsonl = Path.Combine(_dir, "feed.jsonl");
        File.WriteAllText(jsonl, "{\"id\": \"r1\", \"text\": \"Harbour closed.\", \"published\": \"2021-03-02\"}\n{\"text\": \"no id\"}\n{\"id\": \"r3\", \"text\": \"Harbour reopened.\"}\n");
        var (code, stdout, _) = Run("brief", jsonl);
        code.ShouldBe(ExitCodes.SomeInputsFailed);
        var root = JsonDocument.Parse(stdout).RootElement;
        root.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(["r1", "r3"]);
        root.GetProperty("articles")[0].GetProperty("published").GetString().ShouldBe("2021-03-02");
        var error = root.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("line").GetInt32().ShouldBe(2);
        error.GetProperty("input").GetString()!.ShouldEndWith("feed.jsonl");
    }

    [Fact]
    public void Help_exits_0()
    {
        var (code, stdout, _) = Run("--help");
        code.ShouldBe(0);
        stdout.ShouldContain("brief");
    }
}

internal static class Paths
{
    /// <summary>The repository root (where Triangulate.slnx is), found from the test binaries.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx"))) return dir.FullName;
            throw new DirectoryNotFoundException("Triangulate.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SampleCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "korea-troops"));
}
