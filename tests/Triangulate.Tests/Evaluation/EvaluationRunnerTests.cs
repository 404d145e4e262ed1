using System.Text.RegularExpressions;
using Triangulate.Documents;
using Triangulate.Evaluation;

namespace Triangulate.Tests.Evaluation;

public class EvaluationRunnerTests
{
    private static (int Code, string Output) Run(string set, SystemComponents components, string? path = null)
    {
        var w = new StringWriter();
        var code = EvaluationRunner.Run(set, path ?? DataSetPaths.Eval(set)!, w, new EvalOptions { Components = components });
        return (code, w.ToString());
    }

    [Fact]
    public void Unknown_set_and_missing_path_are_errors()
    {
        Run("nosuchset", SystemComponents.None, "/").Code.ShouldBe(2);
        Run("newsquant", SystemComponents.None, "/no/such/path").Code.ShouldBe(2);
    }

    [Theory]
    [InlineData("newsquant", "quantities (ranges)")]
    [InlineData("tempeval3", "TIMEX3 in text")]
    [InlineData("polnear", "attributions (with source / without)")]
    [InlineData("newswcl50", "same-head-lemma baseline")]
    [InlineData("meantime", "same-head-lemma baseline")]
    public void Without_components_prints_statistics_and_no_system_numbers(string set, string expected)
    {
        var (code, output) = Run(set, SystemComponents.None);
        code.ShouldBe(0);
        output.ShouldContain(expected);
        foreach (var line in output.Split('\n').Where(l => l.Contains(", system")))
            line.ShouldContain(ReportTable.NotAvailable);
        Run(set, SystemComponents.None).Output.ShouldBe(output); // deterministic
    }

    [Fact]
    public void Ecbplus_prints_baselines_for_coref_and_stories()
    {
        var (code, output) = Run("ecbplus", SystemComponents.None);
        code.ShouldBe(0);
        output.ShouldContain("event coref, same-head-lemma baseline");
        output.ShouldContain("entity coref, same-head-lemma baseline");
        output.ShouldContain("story clustering, TF-IDF single-link baseline");
        Regex.IsMatch(output, @"CoNLL \d+\.\d").ShouldBeTrue();
        output.ShouldContain("story clustering, system");
    }

    [Fact]
    public void System_components_are_called_and_scored()
    {
        var components = new SystemComponents
        {
            Quantities = new NumberFinder(),
            Times = new NothingFinder(),
            Quotes = new QuotedTextFinder(),
            Mentions = new CapitalisedWords(),
            EntityCoref = new SameTextCoref(),
        };
        var (_, quant) = Run("newsquant", components);
        Regex.IsMatch(quant, @"quantities, system\s+value\s+P \d").ShouldBeTrue();
        var (_, time) = Run("tempeval3", components);
        time.ShouldContain("relaxed extent");
        time.ShouldContain("P 0.0  R 0.0  F1 0.0");
        var (_, pol) = Run("polnear", components);
        pol.ShouldContain("direct quotes only");
        var (_, mt) = Run("meantime", components);
        Regex.IsMatch(mt, @"entity mention detection, system\s+\S.*P \d").ShouldBeTrue();
        Regex.IsMatch(mt, @"entity coref, system\s+gold mentions, all documents\s+CoNLL").ShouldBeTrue();
    }

    private sealed class NumberFinder : IQuantityExtractorAdapter
    {
        public IReadOnlyList<Quantity> Extract(Article article)
            => Regex.Matches(article.Text, @"\d+(\.\d+)?").Select(m =>
                new Quantity(m.Index, m.Index + m.Length, m.Value) { Value = double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) }).ToList();
    }

    private sealed class NothingFinder : ITimeExtractorAdapter
    {
        public IReadOnlyList<TimeExpression> Extract(Article article) => [];
    }

    private sealed class QuotedTextFinder : IQuoteExtractorAdapter
    {
        public IReadOnlyList<Quote> Extract(Article article)
            => Regex.Matches(article.Text, "\u201C[^\u201D]+\u201D").Select(m => new Quote(QuoteKind.Direct, m.Index, m.Index + m.Length, m.Value)).ToList();
    }

    private sealed class CapitalisedWords : IMentionExtractorAdapter
    {
        public IReadOnlyList<Mention> Extract(Article article)
            => Regex.Matches(article.Text, @"\b[A-Z][a-z]+( [A-Z][a-z]+)*").Select(m =>
                new Mention(m.Index, m.Index + m.Length, m.Value, EntityKind.Other, "e", m.Value, null)).ToList();
    }

    private sealed class SameTextCoref : IEntityCorefAdapter
    {
        public IReadOnlyList<string> Resolve(IReadOnlyList<Article> articles, IReadOnlyList<GivenMention> mentions)
            => mentions.Select(m => articles[m.Article].Text[m.Span.Start..m.Span.End].ToLowerInvariant()).ToList();
    }
}
