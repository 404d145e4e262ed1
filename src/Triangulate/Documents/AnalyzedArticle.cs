namespace Triangulate.Documents;

/// <summary>
/// An article and everything the single-article stages found in it. Immutable: each stage
/// returns a copy with its own field filled (<c>with</c>), so a pipeline can run articles in parallel.
/// </summary>
public sealed record AnalyzedArticle(Article Article)
{
    public IReadOnlyList<RemovedSpan> Removed { get; init; } = [];
    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];
    public IReadOnlyList<Token> Tokens { get; init; } = [];
    public IReadOnlyList<Mention> Mentions { get; init; } = [];
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];
    public IReadOnlyList<TimeExpression> Times { get; init; } = [];

    /// <summary>Names of the stages that ran, so renderers show only sections with an extractor behind them.</summary>
    public IReadOnlySet<string> StagesRun { get; init; } = new HashSet<string>();

    public string Text => Article.Text;
    public string TextOf(Span span) => span.TextOf(Article.Text);

    /// <summary>True when the offset lies in a removed (non-body) span.</summary>
    public bool IsRemoved(int offset)
    {
        foreach (var r in Removed) if (offset >= r.Start && offset < r.End) return true;
        return false;
    }

    /// <summary>Body sentences only: sentences not inside removed spans.</summary>
    public IEnumerable<Sentence> BodySentences => Sentences.Where(s => !IsRemoved(s.Start));
}
