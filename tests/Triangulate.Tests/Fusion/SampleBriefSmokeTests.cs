using Triangulate.Documents;
using Triangulate.Extraction.Quantities;
using Triangulate.Extraction.Times;
using Triangulate.Fusion;
using Triangulate.Ingest;
using Triangulate.Pipeline;

namespace Triangulate.Tests.Fusion;

/// <summary>End-to-end smoke test on the reference sample: the whole pipeline and the story stages run and every
/// span they cite indexes the original text. (Nothing about the sample's expected content is asserted here: the
/// stages are specified by the spec files, built from other data.)</summary>
public sealed class SampleBriefSmokeTests
{
    // Quantities and times have extractors but (yet) no registered stage: wrap them here.
    private sealed class QuantityStage : IArticleStage
    {
        public string Name => "quantities";
        public AnalyzedArticle Apply(AnalyzedArticle a) => a with { Quantities = QuantityExtractor.Extract(a.Text).Where(q => !a.IsRemoved(q.Start)).ToList() };
    }

    private sealed class TimeStage : IArticleStage
    {
        public string Name => "times";
        public AnalyzedArticle Apply(AnalyzedArticle a) => a with { Times = TimeExtractor.Extract(a.Text, a.Article.Published).Where(t => !a.IsRemoved(t.Start)).ToList() };
    }

    internal static IReadOnlyList<AnalyzedArticle> AnalyzeSample()
    {
        var dir = Path.Combine(RepoRoot(), "..", "shared", "corpus", "korea-troops");
        var articles = Inputs.Read([dir]).Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        var pipeline = new PipelineBuilder()
            .Use(new Triangulate.Cleaning.CleaningStage())
            .Use(new Triangulate.Text.SegmentationStage())
            .Use(new Triangulate.Extraction.Mentions.MentionStage())
            .Use(new Triangulate.Extraction.Quotes.QuoteStage())
            .Use(new QuantityStage())
            .Use(new TimeStage())
            .Build();
        return pipeline.AnalyzeAll(articles, 1);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public void Sample_brief_cites_valid_spans()
    {
        var root = Path.Combine(RepoRoot(), "..", "shared", "corpus", "korea-troops");
        if (!Directory.Exists(root)) return; // the shared folder is not part of every checkout
        var analyzed = AnalyzeSample();
        var brief = BriefBuilder.Default().Build().Fuse(analyzed);
        var texts = analyzed.ToDictionary(a => a.Article.Id, a => a.Text);
        if (Environment.GetEnvironmentVariable("FUSION_DUMP") is { Length: > 0 } dump)
        {
            File.WriteAllText(Path.Combine(dump, "sample.out"), string.Join("\n", brief.Stories.Select(FusionSpecTests.Describe)));
            var ctx = new StoryContext { StoryId = "s1", Articles = analyzed.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList(), CopyOf = new Dictionary<string, string>(), Entities = Triangulate.Fusion.Entities.EntityMerger.Merge(analyzed.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToArray()) };
            var sb = new System.Text.StringBuilder();
            foreach (var g in Triangulate.Fusion.Claims.ClaimAnalysis.For(ctx).Groups)
                foreach (var v in g.Versions)
                    sb.AppendLine($"{g.Id} {v.ArticleId[..3]} {v.Quantity?.Text}|{v.Quantity?.About}|{v.Quantity?.Change} T={v.Target} asOf={v.AsOf} src={v.Source.Key}/{v.Source.Name} :: {v.Doc.Text[v.Evidence.Start..v.Evidence.End]}");
            foreach (var d in analyzed)
                foreach (var q in d.Quotes)
                    sb.AppendLine($"QUOTE {d.Article.Id[..3]} {q.Kind} sp={q.Speaker?.Text}/{q.Speaker?.Entity}/{q.Speaker?.Canonical} chain=[{string.Join("|", q.Chain)}] ents=[{string.Join("|", q.ChainEntities)}] :: {q.Text}");
            File.WriteAllText(Path.Combine(dump, "sample.claims"), sb.ToString());
        }
        brief.Stories.ShouldNotBeEmpty();
        foreach (var story in brief.Stories)
        {
            story.Claims.ShouldNotBeNull();
            story.Quotes.ShouldNotBeNull();
            story.Timeline.ShouldNotBeNull();
            story.Summary.ShouldNotBeNull();
            var spans = story.Claims.SelectMany(c => c.Evidence)
                .Concat(story.Timeline.SelectMany(t => t.Evidence))
                .Concat(story.Summary.SelectMany(s => s.Evidence));
            foreach (var s in spans) texts[s.Article].Substring(s.Start, s.End - s.Start).ShouldBe(s.Text);
            foreach (var v in story.Quotes.SelectMany(q => q.Versions)) texts[v.Article].Substring(v.Start, v.End - v.Start).ShouldBe(v.Text);
            foreach (var d in story.Disagreements ?? [])
                foreach (var p in d.Positions) p.Articles.ShouldNotBeEmpty();
        }
    }
}
