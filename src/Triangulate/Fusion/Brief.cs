using Triangulate.Documents;

namespace Triangulate.Fusion;

// The cross-source account (contract: triangulate.brief/1). Sections are nullable: null means no stage
// produced that section (renderers then omit it), an empty list means the stage ran and found nothing.

public sealed record Brief(IReadOnlyList<BriefArticle> Articles, IReadOnlyList<Story> Stories)
{
    public IReadOnlyList<InputError> Errors { get; init; } = [];
}

public sealed record BriefArticle(string Id, DateOnly? Published, string? Title, string Source)
{
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? CopyOf { get; init; }
    public IReadOnlyList<SharedPassage> SharedPassages { get; init; } = [];
}

/// <summary>Text this article shares with another. <see cref="Share"/> is the fraction of this article's body
/// covered by shared passages; <see cref="Passages"/> are the shared stretches (this article's spans).</summary>
public sealed record SharedPassage(string With, double Share)
{
    public IReadOnlyList<ArticleSpan> Passages { get; init; } = [];
}

public sealed record Story(string Id, string Headline, IReadOnlyList<string> Articles)
{
    public IReadOnlyDictionary<string, string>? Why { get; init; }
    public IReadOnlyList<StoryEntity>? Entities { get; init; }
    public IReadOnlyList<StoryQuote>? Quotes { get; init; }
    public IReadOnlyList<Claim>? Claims { get; init; }
    public int? IndependentSources { get; init; }
    public IReadOnlyList<Change>? Changes { get; init; }
    public IReadOnlyList<Disagreement>? Disagreements { get; init; }
    public IReadOnlyList<TimelineEntry>? Timeline { get; init; }
    public IReadOnlyList<SummarySentence>? Summary { get; init; }
}

public sealed record StoryEntity(string Id, string Name, EntityKind Kind, string? Role,
    IReadOnlyList<string> Aliases, IReadOnlyList<ArticleSpan> Mentions)
{
    /// <summary>Extension: the brief-level identity ("i1") this entity shares with entities of other stories of the
    /// same document that are the same real-world thing (<see cref="Entities.EntityIdentities"/>); null when no other
    /// story has it.</summary>
    public string? Identity { get; init; }

    /// <summary>Extension: the ids of the other stories of the document holding an entity with the same
    /// <see cref="Identity"/>, in story order; empty when no other story has it. This is what a reader follows ("also in
    /// story s3"), and it stays meaningful in a document that carries only this one story.</summary>
    public IReadOnlyList<string> AlsoIn { get; init; } = [];
}

public sealed record QuoteVersion(string Article, int Start, int End, string Text, IReadOnlyList<string> Chain)
{
    /// <summary>Extension: the quoted stretches when the attribution splits the quotation (“...,” he said. “...”);
    /// empty when the version is one stretch. Offsets are the article's, like <see cref="Start"/>.</summary>
    public IReadOnlyList<Span> Parts { get; init; } = [];

    /// <summary>Extension: the cue of this version ("said", "denied", "warned", "according to"), null when the
    /// version has none (a quotation continuing an earlier one). The cue says the stance of reported speech.</summary>
    public ArticleSpan? Cue { get; init; }

    /// <summary>The words the speaker is reported to have said: the parts joined by " … ", without the attribution
    /// between them; <see cref="Text"/> when the version is one stretch.</summary>
    public string Spoken => Parts.Count < 2
        ? Text
        : string.Join(" … ", Parts.Where(p => p.Start >= Start && p.End <= End && p.End > p.Start).Select(p => TextOf(p).Trim()));

    /// <summary>The article's text of <paramref name="part"/>, a stretch inside this version.</summary>
    public string TextOf(Span part) => Text.Substring(part.Start - Start, part.End - part.Start);
}

public sealed record StoryQuote(string Id, string? Speaker, QuoteKind Kind,
    IReadOnlyList<QuoteVersion> Versions, IReadOnlyList<string> Differences)
{
    /// <summary>Extension: the speaker's name as written, useful when <see cref="Speaker"/> is not an entity.</summary>
    public string? SpeakerName { get; init; }
}

public sealed record Claim(string Id, string Statement)
{
    public double? Value { get; init; }
    public double? Max { get; init; }
    public string? Qualifier { get; init; }
    public string? Unit { get; init; }
    public string? AsOf { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<ArticleSpan> Evidence { get; init; } = [];
    public int ArticleCount { get; init; }
    public int IndependentSources { get; init; }
    /// <summary>Extension: "figure" (a number), or "status" (denied / confirmed / not confirmed).</summary>
    public string Kind { get; init; } = "figure";
    /// <summary>Extension: for status claims, "denied", "confirmed" or "not confirmed".</summary>
    public string? Status { get; init; }
    /// <summary>Extension: true when the figure is a plan or expectation ("aims to deploy 10,000 by December").</summary>
    public bool Target { get; init; }
    /// <summary>Extension: the source names parallel to <see cref="Sources"/>.</summary>
    public IReadOnlyList<string> SourceNames { get; init; } = [];
}

public sealed record ChangeStep(string Claim, string? Date);
public sealed record Change(string About, IReadOnlyList<ChangeStep> Steps);

public sealed record DisagreementPosition(string Claim, IReadOnlyList<string> Articles)
{
    /// <summary>Extension: the position in words ("up to 12,000", "2024-10-21", "denied", the quote's wording).</summary>
    public string? Text { get; init; }
}
public sealed record Disagreement(string Id, string Kind, string About,
    IReadOnlyList<DisagreementPosition> Positions, string Explanation);

public sealed record TimelineEntry(string Date, string Event, IReadOnlyList<ArticleSpan> Evidence)
{
    /// <summary>Extension: TIMEX3 mod of the date ("AFTER" for "since August 2023", "BEFORE" for "by December").</summary>
    public string? Mod { get; init; }

    /// <summary>Extension: further dates the same sentence gives the event ("detected in September and October"):
    /// one entry at the earliest date rather than the same sentence twice.</summary>
    public IReadOnlyList<string> AlsoDated { get; init; } = [];
}
public sealed record SummarySentence(string Text, IReadOnlyList<ArticleSpan> Evidence);
