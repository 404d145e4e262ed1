using System.Text;
using Triangulate.Cleaning;
using Triangulate.Documents;
using Triangulate.Ingest;
using Triangulate.Pipeline;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Cleaning;

public class CleaningTests
{
    /// <summary>Contract name of a noise kind ("embedded-post").</summary>
    internal static string KindName(NoiseKind k)
    {
        var s = k.ToString();
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (i > 0 && char.IsUpper(s[i])) sb.Append('-');
            sb.Append(char.ToLowerInvariant(s[i]));
        }
        return sb.ToString();
    }

    private static IReadOnlyList<string> Describe(AnalyzedArticle doc)
        => doc.Removed.Select(r => $"{KindName(r.Kind)} | {doc.Text[r.Start..r.End]}").ToList();

    private static AnalyzedArticle Clean(Article a) => new CleaningStage().Apply(new AnalyzedArticle(a));

    private static void ShouldBeWellFormed(AnalyzedArticle doc)
    {
        for (var i = 0; i < doc.Removed.Count; i++)
        {
            var r = doc.Removed[i];
            r.Start.ShouldBeGreaterThanOrEqualTo(0);
            r.End.ShouldBeLessThanOrEqualTo(doc.Text.Length);
            r.End.ShouldBeGreaterThan(r.Start);
            if (i > 0) r.Start.ShouldBeGreaterThanOrEqualTo(doc.Removed[i - 1].End, "removed spans must be sorted and not overlap");
        }
    }

    // korea-troops.md has its own format (expected spans of files read in place), so it is not a text+expected spec.
    public static IEnumerable<object[]> CleaningSpecs
        => Directory.EnumerateFiles(Path.Combine(SpecFile.SpecsRoot, "Cleaning"), "*.md").Order(StringComparer.Ordinal)
            .Where(f => Path.GetFileName(f) != "korea-troops.md")
            .SelectMany(SpecFile.Load).Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(CleaningSpecs))]
    public void Removed_spans_match_the_spec(SpecCase spec)
    {
        var doc = Clean(TextFileReader.FromText(spec.Input, "spec", "spec.txt"));
        ShouldBeWellFormed(doc);
        Describe(doc).ShouldBe(spec.Expected);
    }

    public static IEnumerable<object[]> SampleArticles()
        => LoadSampleSpec().Select(e => new object[] { e.Id });

    private sealed record SampleExpectation(string Id, string? Title, List<string> Expected);

    /// <summary>Parses Specs/Cleaning/korea-troops.md: "## id", optional "Title: ...", an ```expected block.</summary>
    private static List<SampleExpectation> LoadSampleSpec()
    {
        var lines = File.ReadAllLines(Path.Combine(SpecFile.SpecsRoot, "Cleaning", "korea-troops.md"));
        var list = new List<SampleExpectation>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("## ", StringComparison.Ordinal)) continue;
            var id = lines[i][3..].Trim();
            string? title = null;
            var expected = new List<string>();
            for (i++; i < lines.Length && !lines[i].StartsWith("```expected", StringComparison.Ordinal); i++)
                if (lines[i].StartsWith("Title: ", StringComparison.Ordinal)) title = lines[i][7..];
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
                if (lines[i].Length > 0) expected.Add(lines[i]);
            list.Add(new SampleExpectation(id, title, expected));
        }
        return list;
    }

    [Theory]
    [MemberData(nameof(SampleArticles))]
    public void Sample_corpus_removed_spans_are_the_hand_checked_ones(string id)
    {
        var spec = LoadSampleSpec().Single(s => s.Id == id);
        var file = Path.Combine(Repo.Shared, "corpus", "korea-troops", id + ".txt");
        var read = TextFileReader.Read(file, id + ".txt", new IngestOptions());
        read.Error.ShouldBeNull();
        var doc = Clean(read.Article!);
        ShouldBeWellFormed(doc);
        Describe(doc).ShouldBe(spec.Expected);
        if (spec.Title is not null) doc.Article.Title.ShouldBe(spec.Title);
        else doc.Article.Title.ShouldBeNull();
    }

    [Fact]
    public void The_default_pipeline_runs_cleaning_before_segmentation()
    {
        var names = PipelineBuilder.Default().Build().Stages.Select(s => s.Name).ToList();
        names.ShouldContain("cleaning");
        names.IndexOf("cleaning").ShouldBeLessThan(names.IndexOf("segmentation"));
    }

    [Fact]
    public void A_title_from_the_reader_is_kept()
    {
        var a = new Article { Id = "a", Source = "a", Title = "From metadata", Text = "Austin Says Troops Are In Russia\n\nDefense Secretary Lloyd Austin said Wednesday there is evidence North Korean troops are in Russia." };
        var doc = Clean(a);
        doc.Article.Title.ShouldBe("From metadata");
        doc.Removed.Single().Kind.ShouldBe(NoiseKind.Title);
    }

    [Fact]
    public void Known_noise_and_a_caption_on_the_same_line_are_separate_spans()
    {
        const string text = " date 2024-10-23 Protesters stage a rally in Seoul (Ahn Young-joon/AP)\n\nThe rally was peaceful, police said.";
        var doc = Clean(TextFileReader.FromText(text, "a", "a.txt"));
        Describe(doc).ShouldBe(["metadata |  date 2024-10-23", "caption | Protesters stage a rally in Seoul", "credit | (Ahn Young-joon/AP)"]);
    }
}
