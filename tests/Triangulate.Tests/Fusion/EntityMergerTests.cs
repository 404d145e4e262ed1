using Triangulate.Documents;
using Triangulate.Fusion.Entities;

namespace Triangulate.Tests.Fusion;

public class EntityMergerTests
{
    // mentions are constructed (as the mentions stage would give them) over placeholder texts: the merger reads only mentions
    private static Mention M(string text, EntityKind kind, string local, string? canonical = null, string form = "name", string? role = null)
        => new(0, text.Length, text, kind, local, canonical ?? text, role) { Form = form };

    private static AnalyzedArticle A(string id, params Mention[] ms)
        => new(new Article { Id = id, Source = id, Text = new string(' ', 200) }) { Mentions = ms };

    private interface IEntityIndexLike { string? Resolve(string a, string l); }
    private sealed class Wrap(Triangulate.Fusion.IEntityIndex i) : IEntityIndexLike { public string? Resolve(string a, string l) => i.Resolve(a, l); }

    [Fact]
    public void Spelling_variants_surname_and_acronym_merge_across_articles()
    {
        var index = EntityMerger.Merge([
            A("a", M("Volodymyr Zelenskyy", EntityKind.Person, "e1"), M("National Intelligence Service", EntityKind.Organization, "e2")),
            A("b", M("Zelensky", EntityKind.Person, "e1", form: "surname"), M("NIS", EntityKind.Organization, "e2", form: "acronym")),
            A("c", M("Zelenskiy", EntityKind.Person, "e7")),
        ]);
        var w = new Wrap(index);
        w.Resolve("a", "e1").ShouldBe(w.Resolve("b", "e1"));
        w.Resolve("a", "e1").ShouldBe(w.Resolve("c", "e7"));
        w.Resolve("a", "e2").ShouldBe(w.Resolve("b", "e2"));
        w.Resolve("a", "e1").ShouldNotBe(w.Resolve("a", "e2"));
        index.Entities.Count.ShouldBe(2);
        index.Entities[0].Name.ShouldBe("Volodymyr Zelenskyy");
    }

    [Fact]
    public void A_leader_is_not_his_country_and_two_lawmakers_stay_two()
    {
        var index = EntityMerger.Merge([
            A("a", M("Kim Jong Un", EntityKind.Person, "e1"), M("North Korea", EntityKind.Place, "e2"), M("South Korea", EntityKind.Place, "e3"),
                   M("Park Sun-won", EntityKind.Person, "e4"), M("Lee Seong-kweun", EntityKind.Person, "e5")),
            A("b", M("Kim Jong-un", EntityKind.Person, "e1"), M("North Korea", EntityKind.Place, "e2"), M("Park", EntityKind.Person, "e4", "Park", "surname")),
        ]);
        var ids = new[] { ("a", "e1"), ("a", "e2"), ("a", "e3"), ("a", "e4"), ("a", "e5") }.Select(x => index.Resolve(x.Item1, x.Item2)).ToArray();
        ids.Distinct().Count().ShouldBe(5);
        index.Resolve("b", "e1").ShouldBe(index.Resolve("a", "e1"));
        index.Resolve("b", "e2").ShouldBe(index.Resolve("a", "e2"));
        index.Resolve("b", "e4").ShouldBe(index.Resolve("a", "e4"));
    }

    [Fact]
    public void An_ambiguous_surname_is_left_alone()
    {
        var index = EntityMerger.Merge([
            A("a", M("Kim Jong Un", EntityKind.Person, "e1"), M("Kim Yo Jong", EntityKind.Person, "e2")),
            A("b", M("Kim", EntityKind.Person, "e1", form: "surname")),
        ]);
        index.Resolve("b", "e1").ShouldNotBe(index.Resolve("a", "e1"));
        index.Resolve("b", "e1").ShouldNotBe(index.Resolve("a", "e2"));
    }

    [Fact]
    public void A_role_stated_for_one_named_person_links_a_description()
    {
        var index = EntityMerger.Merge([
            A("a", M("Cho Tae-yong", EntityKind.Person, "e1", role: "South Korea's spy chief")),
            A("b", M("the spy chief", EntityKind.Person, "e3", form: "description")),
        ]);
        index.Resolve("b", "e3").ShouldBe(index.Resolve("a", "e1"));
        index.Entities.Single().Role.ShouldBe("South Korea's spy chief");
    }

    [Fact]
    public void A_place_is_not_the_organisation_or_outlet_named_after_it()
    {
        // "Denver" read as an organisation in one article (a city acting: "Denver agreed") must not become the
        // "Denver Post"; nor may a city some article uses as a place become the "Ottawa Citizen"
        var index = EntityMerger.Merge([
            A("a", M("Denver Post", EntityKind.Organization, "e1"), M("Ottawa Citizen", EntityKind.Organization, "e2")),
            A("b", M("Denver", EntityKind.Organization, "e1"), M("Ottawa", EntityKind.Organization, "e2")),
            A("c", M("Ottawa", EntityKind.Place, "e1"), M("Ottawa", EntityKind.Place, "e2", form: "name")),
        ]);
        index.Resolve("b", "e1").ShouldNotBe(index.Resolve("a", "e1"));
        index.Resolve("b", "e2").ShouldNotBe(index.Resolve("a", "e2"));
        index.Resolve("c", "e1").ShouldNotBe(index.Resolve("a", "e2"));
    }

    [Fact]
    public void The_same_name_read_as_two_kinds_is_one_entity_unless_a_one_word_name_is_split_evenly()
    {
        var index = EntityMerger.Merge([
            A("a", M("Maria Kowalska", EntityKind.Person, "e1"), M("Jordan", EntityKind.Place, "e2"), M("Harlow", EntityKind.Person, "e3"),
                   M("Harlow", EntityKind.Person, "e4")),
            A("b", M("Maria Kowalska", EntityKind.Place, "e1"), M("Jordan", EntityKind.Person, "e2"), M("Harlow", EntityKind.Organization, "e3")),
            A("c", M("Endangered Species Act", EntityKind.Other, "e1"), M("Endangered Species Act", EntityKind.Organization, "e2")),
        ]);
        index.Resolve("a", "e1").ShouldBe(index.Resolve("b", "e1"));     // two words: the name decides
        index.Resolve("a", "e2").ShouldNotBe(index.Resolve("b", "e2"));  // one word, one use each: kinds decide
        index.Resolve("a", "e3").ShouldBe(index.Resolve("b", "e3"));     // one word, twice as often a person
        index.Resolve("c", "e1").ShouldBe(index.Resolve("c", "e2"));     // untyped joins the typed
    }
}
