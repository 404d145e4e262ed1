using Triangulate.Documents;
using Triangulate.Evaluation;
using Triangulate.Evaluation.Sets;
using Triangulate.Extraction.Mentions;

namespace Triangulate.Tests.Evaluation;

public class EntityProtocolTests
{
    private static bool Named(string text, string mention)
    {
        var start = text.IndexOf(mention, StringComparison.Ordinal);
        return EntityProtocol.IsNamed(text, new Span(start, start + mention.Length), EntityProtocol.LowerCaseWords(text));
    }

    [Fact]
    public void A_named_mention_has_a_proper_name_as_its_head()
    {
        const string text = "Police said the actress Lindsay Lohan entered a clinic in Malibu .\nThe police chief of Malibu spoke .\nShe left .";
        Named(text, "the actress Lindsay Lohan").ShouldBeTrue();
        Named(text, "a clinic in Malibu").ShouldBeFalse();        // head "clinic"
        Named(text, "The police chief of Malibu").ShouldBeFalse(); // head "chief"
        Named(text, "Police").ShouldBeFalse();                      // capitalised by the sentence start; "police" elsewhere
        Named(text, "She").ShouldBeFalse();
        Named("Reid Checks Into Rehab Clinic\nReid was seen .", "Reid").ShouldBeTrue(); // never written lower case
    }

    [Fact]
    public void Each_gold_mention_takes_the_entity_of_the_system_mention_overlapping_it_most()
    {
        var gold = new[]
        {
            new ProtocolMention(0, new Span(0, 20), "the Betty Ford Center", "c1", "t"),
            new ProtocolMention(0, new Span(30, 35), "Lohan", "c2", "t"),
            new ProtocolMention(1, new Span(0, 5), "Lohan", "c2", "t"),
        };
        IReadOnlyList<IReadOnlyList<SystemEntityMention>> system =
        [
            [new(new Span(4, 14), "person", EntityKind.Person), new(new Span(4, 20), "center", EntityKind.Place)],
            [new(new Span(10, 15), "elsewhere", EntityKind.Person)],
        ];
        var labels = EntityProtocol.Assign(gold, system);
        labels[0].ShouldBe("center");   // 16 characters shared beats 10
        labels[1].ShouldBeNull();       // nothing overlaps: a singleton
        labels[2].ShouldBeNull();
    }

    [Fact]
    public void A_possessive_name_goes_to_the_name_mention_not_to_the_description_it_starts()
    {
        // "Marta Kowalczyk's lawyer said ...": gold "Marta Kowalczyk's" (0-17), system name "Marta Kowalczyk" (0-15)
        // and description "Marta Kowalczyk's lawyer" (0-24); the 's is not part of the name, so the two tie and the
        // shorter (the name) wins. Also with a tokenised possessive ("Ridge Post 's").
        var gold = new[]
        {
            new ProtocolMention(0, new Span(0, 17), "Marta Kowalczyk's", "c1", "t"),
            new ProtocolMention(1, new Span(0, 13), "Ridge Post 's", "c2", "t"),
        };
        IReadOnlyList<IReadOnlyList<SystemEntityMention>> system =
        [
            [new(new Span(0, 15), "person", EntityKind.Person), new(new Span(0, 24), "lawyer", EntityKind.Person)],
            [new(new Span(0, 10), "paper", EntityKind.Organization), new(new Span(0, 20), "editor", EntityKind.Person)],
        ];
        var labels = EntityProtocol.Assign(gold, system);
        labels[0].ShouldBe("person");
        labels[1].ShouldBe("paper");
    }

    [Fact]
    public void In_one_article_a_city_is_not_the_paper_named_after_it_and_a_respelled_surname_is_the_person()
    {
        const string text = "The Denver Post first reported the plan on Monday. Denver and Phoenix will share the cost, officials said.\n\n"
            + "Army chief Oleksandr Syrskyi visited the front on Tuesday. Officials said Syrsky called the situation difficult.";
        var ms = new MentionExtractor().Extract(text);
        var post = ms.Single(m => m.Text == "Denver Post");
        var city = ms.Single(m => m.Text == "Denver");
        city.Entity.ShouldNotBe(post.Entity);
        var full = ms.Single(m => m.Text == "Oleksandr Syrskyi");
        ms.Single(m => m.Text == "Syrsky").Entity.ShouldBe(full.Entity);
    }
}
