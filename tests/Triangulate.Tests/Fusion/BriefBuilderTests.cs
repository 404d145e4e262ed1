using Triangulate.Documents;
using Triangulate.Fusion;
using Triangulate.Ingest;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Tests.Fusion;

public class BriefBuilderTests
{
    // end-to-end smoke test on the sample corpus (allowed for smoke tests): five reports of one event
    [Fact]
    public void The_sample_reports_form_one_story_with_exact_spans()
    {
        var folder = Path.Combine(FusionTestData.Shared(), "corpus", "korea-troops");
        var articles = Inputs.Read([folder]).Where(r => r.Article is not null).Select(r => r.Article!).ToArray();
        var pipeline = new PipelineBuilder().Use(new SegmentationStage()).Build();
        var analyzed = pipeline.AnalyzeAll(articles, 1);
        var brief = BriefBuilder.Build(analyzed, []);

        brief.Stories.Count.ShouldBe(1);
        brief.Stories[0].Id.ShouldBe("s1");
        brief.Stories[0].Articles.Count.ShouldBe(5);
        brief.Stories[0].Why!.Count.ShouldBe(5);
        var text = analyzed.ToDictionary(a => a.Article.Id, a => a.Text);
        foreach (var a in brief.Articles)
            foreach (var p in a.SharedPassages.SelectMany(s => s.Passages))
                text[p.Article].Substring(p.Start, p.End - p.Start).ShouldBe(p.Text);
        text.Values.ShouldContain(t => t.Contains(brief.Stories[0].Headline)); // extractive, never invented
    }

    [Fact]
    public void Story_stages_run_in_order_with_the_story_context()
    {
        var fusion = new BriefBuilder().Use(new Tag("one")).Use(new Tag("two")).Build();
        var brief = fusion.Fuse([FusionTestData.Segmented("a", FusionTestData.WireParagraph)]);
        brief.Stories.Single().Summary!.Select(s => s.Text).ShouldBe(["one:s1:1", "two:s1:1"]);
    }

    private sealed class Tag(string name) : IStoryStage
    {
        public string Name => name;
        public Story Apply(StoryContext context, Story story)
            => story with { Summary = [.. story.Summary ?? [], new SummarySentence($"{name}:{context.StoryId}:{context.Articles.Count}", [])] };
    }
}
