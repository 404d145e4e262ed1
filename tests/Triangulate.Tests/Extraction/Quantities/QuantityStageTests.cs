using Triangulate.Documents;
using Triangulate.Extraction.Quantities;
using Triangulate.Extraction.Times;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Tests.Extraction.Quantities;

public sealed class QuantityStageTests
{
    // Body sentence from the NewsQuant development half; the first line stands for a removed photo caption.
    private const string Text = "Photo: 12 people at the site on Monday\nDell on Monday announced plans to lay off more than 6,650 employees, or about 5% of its workforce.";

    private static AnalyzedArticle Analyze(DateOnly? published)
    {
        var article = new Article { Id = "a", Source = "a.txt", Text = Text, Published = published };
        var captionEnd = Text.IndexOf('\n');
        var doc = new AnalyzedArticle(article) { Removed = [new RemovedSpan(0, captionEnd, NoiseKind.Caption)] };
        doc = new SegmentationStage().Apply(doc);
        doc = new QuantityStage().Apply(doc);
        return new TimeStage().Apply(doc);
    }

    [Fact]
    public void Quantities_and_times_in_removed_spans_are_left_out()
    {
        var doc = Analyze(new DateOnly(2024, 3, 28));
        doc.Quantities.Select(q => q.Text).ShouldBe(["6,650", "5%"]);
        doc.Times.Count.ShouldBe(1);
        doc.Times[0].Start.ShouldBeGreaterThan(Text.IndexOf('\n'));
    }

    [Fact]
    public void Spans_index_the_original_text()
    {
        var doc = Analyze(new DateOnly(2024, 3, 28));
        foreach (var q in doc.Quantities) Text.Substring(q.Start, q.End - q.Start).ShouldBe(q.Text);
        foreach (var t in doc.Times) Text.Substring(t.Start, t.End - t.Start).ShouldBe(t.Text);
    }

    [Fact]
    public void Monday_resolves_against_the_publication_date_and_stays_null_without_one()
    {
        Analyze(new DateOnly(2024, 3, 28)).Times[0].Value.ShouldBe("2024-03-25");
        Analyze(null).Times[0].Value.ShouldBeNull();
    }

    [Fact]
    public void The_default_pipeline_runs_both_stages()
    {
        var names = PipelineBuilder.Default().Build().Stages.Select(s => s.Name).ToList();
        names.ShouldContain("quantities");
        names.ShouldContain("times");
    }
}
