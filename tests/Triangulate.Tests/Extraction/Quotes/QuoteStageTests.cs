using Triangulate.Documents;
using Triangulate.Extraction.Quotes;
using Triangulate.Pipeline;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extraction.Quotes;

public sealed class QuoteStageTests
{
    private static AnalyzedArticle Run(string text, IReadOnlyList<RemovedSpan>? removed = null, IReadOnlyList<Mention>? mentions = null)
    {
        var doc = new AnalyzedArticle(new Article { Id = "t", Source = "t", Text = text })
        {
            Removed = removed ?? [],
            Mentions = mentions ?? [],
        };
        return new QuoteStage().Apply(doc);
    }

    [Fact]
    public void Embedded_posts_and_captions_are_not_quoted_speech()
    {
        // Real tweet text from PolNeAR train (Trump, June 2016) inside a removed embedded-post span.
        const string post = "“Hillary Clinton's open borders immigration policy will drive down wages for all Americans,” Trump tweeted.";
        const string body = "“We will win,” the senator said.";
        var text = post + "\n\n" + body;
        var quotes = Run(text, [new RemovedSpan(0, post.Length, NoiseKind.EmbeddedPost)]).Quotes;
        quotes.ShouldHaveSingleItem().Text.ShouldBe("We will win");
        quotes[0].Start.ShouldBeGreaterThan(post.Length);
    }

    [Fact]
    public void Speaker_links_to_the_overlapping_mention_and_chain_uses_canonical_names()
    {
        const string text = "Lloyd Austin met reporters. “It is a serious issue,” Austin said.";
        var austin = text.LastIndexOf("Austin", StringComparison.Ordinal);
        var mentions = new[]
        {
            new Mention(0, 12, "Lloyd Austin", EntityKind.Person, "e1", "Lloyd Austin", "US Defence Secretary"),
            new Mention(austin, austin + 6, "Austin", EntityKind.Person, "e1", "Lloyd Austin", null) { Form = "surname" },
        };
        var q = Run(text, mentions: mentions).Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldNotBeNull();
        q.Speaker.Text.ShouldBe("Austin");
        q.Speaker.Entity.ShouldBe("e1");
        q.Speaker.Canonical.ShouldBe("Lloyd Austin");
        q.Chain.ShouldBe(["Lloyd Austin"]);
        q.ChainEntities.ShouldBe(["e1"]);
    }

    [Fact]
    public void Pronoun_speaker_resolves_to_the_most_recent_person()
    {
        const string text = "Cho Tae-yong briefed lawmakers. “The troops are being trained,” he said.";
        var mentions = new[] { new Mention(0, 11, "Cho Tae-yong", EntityKind.Person, "e1", "Cho Tae-yong", null) };
        var q = Run(text, mentions: mentions).Quotes.ShouldHaveSingleItem();
        q.Speaker!.Text.ShouldBe("he");
        q.Speaker.Canonical.ShouldBe("Cho Tae-yong");
    }

    [Fact]
    public void A_cited_agency_resolves_to_an_organisation_of_that_name_not_to_the_latest_one()
    {
        const string text = "The National Intelligence Agency briefed Parliament on Tuesday. Later, North Harbor Corp. issued a note. "
                            + "The troops had arrived, Mr. Lind said, citing the spy agency.";
        var lind = text.IndexOf("Lind", StringComparison.Ordinal);
        var mentions = new[]
        {
            new Mention(0, 32, "The National Intelligence Agency", EntityKind.Organization, "e1", "National Intelligence Agency", null),
            new Mention(text.IndexOf("North", StringComparison.Ordinal), text.IndexOf("North", StringComparison.Ordinal) + 17, "North Harbor Corp.", EntityKind.Organization, "e2", "North Harbor Corp.", null),
            new Mention(lind, lind + 4, "Lind", EntityKind.Person, "e3", "Erik Lind", null),
        };
        var q = Run(text, mentions: mentions).Quotes.Single(q => q.Text == "The troops had arrived");
        q.Chain.ShouldBe(["Erik Lind", "National Intelligence Agency"]);
    }

    [Fact]
    public void A_described_inner_source_never_resolves_back_to_its_reporter()
    {
        const string text = "Senator Paul Mills cited the agency's director as saying the program would be cut.";
        var mentions = new[] { new Mention(8, 18, "Paul Mills", EntityKind.Person, "e1", "Paul Mills", null) };
        var q = Run(text, mentions: mentions).Quotes.ShouldHaveSingleItem();
        q.Chain.ShouldBe(["Paul Mills", "the agency's director"]);
        q.ChainEntities.ShouldBe(["e1", null]);
    }

    [Fact]
    public void A_coordinated_subject_names_both_sources_and_no_single_entity()
    {
        const string text = "Canada and Mexico have denied the report.";
        var mentions = new[]
        {
            new Mention(0, 6, "Canada", EntityKind.Place, "e1", "Canada", null),
            new Mention(11, 17, "Mexico", EntityKind.Place, "e2", "United Mexican States", null),
        };
        var q = Run(text, mentions: mentions).Quotes.ShouldHaveSingleItem();
        q.Speaker!.Text.ShouldBe("Canada and Mexico");
        q.Speaker.Entity.ShouldBeNull();
        q.Speaker.Canonical.ShouldBe("Canada and United Mexican States");
        q.Chain.ShouldBe(["Canada and United Mexican States"]);
    }

    [Theory]
    [InlineData("Lisbon's foreign ministry said the talks would resume.", "Lisbon's foreign ministry")]
    [InlineData("Officials in Lisbon said the talks would resume.", "Officials in Lisbon")]
    public void A_place_that_qualifies_the_speaker_is_not_the_speaker(string text, string speaker)
    {
        var at = text.IndexOf("Lisbon", StringComparison.Ordinal);
        var mentions = new[] { new Mention(at, at + 6, "Lisbon", EntityKind.Place, "e1", "Lisbon", null) };
        var q = Run(text, mentions: mentions).Quotes.ShouldHaveSingleItem();
        q.Speaker!.Text.ShouldBe(speaker);
        q.Speaker.Entity.ShouldBeNull();
        q.Chain.ShouldBe([speaker]);
    }

    [Fact]
    public void A_relative_pronoun_speaker_resolves_through_the_name_it_stands_for()
    {
        const string text = "Ms. Ortiz, who said the plan was sound, left early.";
        var mentions = new[] { new Mention(0, 9, "Ms. Ortiz", EntityKind.Person, "e1", "Ana Ortiz", null) };
        var q = Run(text, mentions: mentions).Quotes.ShouldHaveSingleItem();
        q.Speaker!.Text.ShouldBe("who");
        q.Speaker.Entity.ShouldBe("e1");
        q.Speaker.Canonical.ShouldBe("Ana Ortiz");
        q.Chain.ShouldBe(["Ana Ortiz"]);
    }

    [Fact]
    public void No_speaker_means_an_empty_chain()
    {
        var quotes = Run("“This is a long quotation that nobody is credited with anywhere in the text.”").Quotes;
        foreach (var q in quotes.Where(q => q.Speaker is null)) q.Chain.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("“")]
    [InlineData("” said he “")]
    [InlineData("\"\"\"\"")]
    [InlineData("He said: \n\n\n“unclosed")]
    [InlineData("according to")]
    [InlineData(", said")]
    public void Odd_text_never_throws(string text)
    {
        Should.NotThrow(() => Run(text));
    }

    [Fact]
    public void Quotes_stage_runs_after_mentions_in_the_default_pipeline()
    {
        var names = PipelineBuilder.Default().Build().Stages.Select(s => s.Name).ToList();
        names.ShouldContain("quotes");
        names.IndexOf("quotes").ShouldBeGreaterThan(names.IndexOf("mentions"));
    }

    [Fact]
    public void Every_span_indexes_the_original_text_on_PolNeAR_train_articles()
    {
        var dir = Path.Combine(Repo.Shared, "eval", "polnear", "train", "text");
        var files = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Take(40).ToList();
        files.ShouldNotBeEmpty();
        var total = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var q in Run(text).Quotes)
            {
                total++;
                text.Substring(q.Start, q.End - q.Start).ShouldBe(q.Text);
                foreach (var part in q.Parts) (part.Start >= q.Start && part.End <= q.End).ShouldBeTrue();
                if (q.Speaker is { } s) text.Substring(s.Start, s.End - s.Start).ShouldBe(s.Text);
                if (q.Speaker is null) q.Chain.ShouldBeEmpty();
                else q.Chain.Count.ShouldBe(q.ChainEntities.Count);
                if (q.Kind == QuoteKind.Direct) q.Text.ShouldNotStartWith("“");
            }
        }
        total.ShouldBeGreaterThan(100);
    }
    [Theory]
    [InlineData("A spokesman")]
    [InlineData("Another lawmaker")]
    [InlineData("One aide")]
    public void An_indefinite_role_is_someone_new_not_the_person_named_before(string role)
    {
        // Invented text: the bare-role fallback ("the spokesman said") must not take an indefinite phrase.
        var text = "Jane Roe, a lawmaker on the committee, said the plan was ready. " + role + " said the ministry would publish it in May.";
        var mentions = new[] { new Mention(0, 8, "Jane Roe", EntityKind.Person, "e1", "Jane Roe", "lawmaker") };
        var quotes = Run(text, mentions: mentions).Quotes;
        quotes.Single(q => q.Text == "the plan was ready").Speaker!.Entity.ShouldBe("e1");
        var second = quotes.Single(q => q.Text == "the ministry would publish it in May");
        second.Speaker!.Text.ShouldBe(role);
        second.Speaker.Entity.ShouldBeNull();
        second.Chain.ShouldBe([role]);
    }

    [Fact]
    public void A_definite_bare_role_still_resolves_to_the_person_named_before()
    {
        var text = "Jane Roe, a lawmaker on the committee, said the plan was ready. The lawmaker said the ministry would publish it in May.";
        var mentions = new[] { new Mention(0, 8, "Jane Roe", EntityKind.Person, "e1", "Jane Roe", "lawmaker") };
        Run(text, mentions: mentions).Quotes.Single(q => q.Text == "the ministry would publish it in May").Speaker!.Entity.ShouldBe("e1");
    }
}
