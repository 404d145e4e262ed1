using System.Text.Json;
using Triangulate.Documents;
using Triangulate.Fusion;
using Triangulate.Fusion.Entities;
using Triangulate.Rendering.Json;

namespace Triangulate.Tests.Fusion;

public sealed class EntityIdentitiesTests
{
    private static StoryEntity Entity(string id, string name, EntityKind kind, params string[] aliases)
        => new(id, name, kind, null, aliases.Length > 0 ? aliases : [name], []);

    [Fact]
    public void Entities_of_two_stories_with_one_rare_name_share_an_identity_written_in_the_brief()
    {
        var s1 = new Story("s1", "h", ["a"]) { Entities = [Entity("e1", "Marta Kowalczyk", EntityKind.Person), Entity("e2", "John Smith", EntityKind.Person)] };
        var s2 = new Story("s2", "h", ["b"]) { Entities = [Entity("e3", "John Smith", EntityKind.Person), Entity("e4", "Kowalczyk", EntityKind.Person, "Marta Kowalczyk", "Kowalczyk")] };
        var stories = EntityIdentities.Assign([s1, s2]);
        stories[0].Entities![0].Identity.ShouldBe("i1");
        stories[1].Entities![1].Identity.ShouldBe("i1");
        stories[0].Entities![1].Identity.ShouldBeNull(); // a common name: namesakes are likely
        stories[1].Entities![0].Identity.ShouldBeNull();

        var json = JsonDocument.Parse(BriefJson.Render(new Brief([], stories))).RootElement;
        var first = json.GetProperty("stories")[0].GetProperty("entities");
        first[0].GetProperty("identity").GetString().ShouldBe("i1");
        first[1].TryGetProperty("identity", out _).ShouldBeFalse(); // our optional field: written only when it carries something
        first[0].GetProperty("alsoIn").EnumerateArray().Select(x => x.GetString()).ShouldBe(["s2"]);
        first[1].TryGetProperty("alsoIn", out _).ShouldBeFalse();
    }

    [Fact]
    public void A_shared_identity_names_the_other_stories_in_the_markdown_and_html_briefs()
    {
        var s1 = new Story("s1", "First", ["a"]) { Entities = [Entity("e1", "Marta Kowalczyk", EntityKind.Person)] };
        var s2 = new Story("s2", "Second", ["b"]) { Entities = [Entity("e2", "Marta Kowalczyk", EntityKind.Person)] };
        var s3 = new Story("s3", "Third", ["c"]) { Entities = [Entity("e3", "Marta Kowalczyk", EntityKind.Person), Entity("e4", "Ilse Brandauer", EntityKind.Person)] };
        var stories = EntityIdentities.Assign([s1, s2, s3]);
        stories[0].Entities![0].AlsoIn.ShouldBe(["s2", "s3"]);
        stories[2].Entities![0].AlsoIn.ShouldBe(["s1", "s2"]);
        stories[2].Entities![1].AlsoIn.ShouldBeEmpty();

        var brief = new Brief([], stories);
        var md = Triangulate.Rendering.Markdown.BriefMarkdown.Render(brief);
        md.ShouldContain("— also in story s2, story s3");
        md.ShouldContain("— also in story s1, story s2");
        md.Split('\n').Single(l => l.Contains("Ilse Brandauer", StringComparison.Ordinal)).ShouldNotContain("also in");
        var html = Triangulate.Rendering.Html.BriefHtml.Render(brief, []);
        html.ShouldContain("also in <a href=\"#story-s2\">story s2</a>, <a href=\"#story-s3\">story s3</a>");
    }

    [Fact]
    public void An_identity_never_holds_two_entities_of_one_story_and_a_single_story_is_left_alone()
    {
        // story s2 wrongly merged two people; story s1 kept them apart, on more evidence: s2's entity joins one of them
        var s1 = new Story("s1", "h", ["a"]) { Entities = [Entity("e1", "Lena Vasquez", EntityKind.Person), Entity("e2", "Omar Haddad", EntityKind.Person)] };
        var s2 = new Story("s2", "h", ["b"]) { Entities = [Entity("e3", "Lena Vasquez", EntityKind.Person, "Lena Vasquez", "Omar Haddad")] };
        var linked = EntityIdentities.Link([s1.Entities!, s2.Entities!]);
        linked[0].ShouldBe(["i1", null]);
        linked[1].ShouldBe(["i1"]);
        EntityIdentities.Assign([s1]).ShouldHaveSingleItem().ShouldBeSameAs(s1);
        // places are left per story
        EntityIdentities.Link([[Entity("e1", "Rancho Verde", EntityKind.Place)], [Entity("e2", "Rancho Verde", EntityKind.Place)]])
            .SelectMany(x => x).ShouldAllBe(x => x == null);
    }

    [Fact]
    public void Split_stories_link_a_one_word_name_of_one_kind_and_a_name_two_entities_share_links_neither()
    {
        IReadOnlyList<StoryEntity> s1 = [Entity("e1", "Wasilla", EntityKind.Place), Entity("e2", "Smith", EntityKind.Person), Entity("e3", "Palmer", EntityKind.Place)];
        IReadOnlyList<StoryEntity> s2 = [Entity("e4", "Wasilla", EntityKind.Place), Entity("e5", "Smith", EntityKind.Organization),
            Entity("e6", "Palmer", EntityKind.Place), Entity("e7", "Palmer", EntityKind.Place, "Palmer", "Palmer Road")];
        var unrelated = EntityIdentities.Link([s1, s2]);
        unrelated.SelectMany(x => x).ShouldAllBe(id => id == null);
        var split = EntityIdentities.Link([s1, s2], [(1, 0)]);
        split[0][0].ShouldNotBeNull();
        split[1][0].ShouldBe(split[0][0]);
        split[0][1].ShouldBeNull(); // a person and an organisation: other kinds
        split[0][2].ShouldBeNull(); // two Palmers in the other story: ambiguous
        // the option: two stories sharing enough distinctive identities are related too
        IReadOnlyList<StoryEntity> a = [Entity("e1", "Marta Kowalczyk", EntityKind.Person), Entity("e2", "Dariusz Wenclewski", EntityKind.Person), Entity("e3", "Wasilla", EntityKind.Place)];
        IReadOnlyList<StoryEntity> b = [Entity("e4", "Marta Kowalczyk", EntityKind.Person), Entity("e5", "Dariusz Wenclewski", EntityKind.Person), Entity("e6", "Wasilla", EntityKind.Place)];
        EntityIdentities.Link([a, b])[0][2].ShouldBeNull();
        EntityIdentities.Link([a, b], relatedByShared: 2)[0][2].ShouldNotBeNull();
        EntityIdentities.Link([a, b], relatedByShared: 3)[0][2].ShouldBeNull();
    }
}
