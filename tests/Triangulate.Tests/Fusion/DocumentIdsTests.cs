using Triangulate.Documents;
using Triangulate.Fusion;

namespace Triangulate.Tests.Fusion;

public sealed class DocumentIdsTests
{
    private static Story StoryWithIds(string id) => new(id, "h", ["a"])
    {
        Entities = [new StoryEntity("e1", "Ana Ruiz", EntityKind.Person, null, [], []), new StoryEntity("e2", "Port Authority", EntityKind.Organization, null, [], [])],
        Quotes = [new StoryQuote("q1", "e1", QuoteKind.Direct, [], [])],
        Claims = [new Claim("c1", "x") { Sources = ["e2", "outlet:a"] }, new Claim("c2", "y") { Sources = ["e1"] }],
        Changes = [new Change("containers", [new ChangeStep("c1", null), new ChangeStep("c2", null)])],
        Disagreements = [new Disagreement("d1", "value", "t", [new DisagreementPosition("c1", ["a"]), new DisagreementPosition("q1", ["a"])], "e")],
    };

    [Fact]
    public void Ids_are_unique_across_stories_and_every_reference_follows_its_target()
    {
        var stories = DocumentIds.MakeUnique([StoryWithIds("s1"), StoryWithIds("s2"), StoryWithIds("s3")]);
        var all = stories.SelectMany(s => s.Entities!.Select(e => e.Id).Concat(s.Quotes!.Select(q => q.Id))
            .Concat(s.Claims!.Select(c => c.Id)).Concat(s.Disagreements!.Select(d => d.Id))).ToList();
        all.ShouldBeUnique();
        stories[0].Entities!.Select(e => e.Id).ShouldBe(["e1", "e2"]); // the first story keeps its numbering
        var third = stories[2];
        third.Entities!.Select(e => e.Id).ShouldBe(["e5", "e6"]);
        third.Quotes![0].Speaker.ShouldBe("e5");
        third.Claims![0].Sources.ShouldBe(["e6", "outlet:a"]); // keys that are not ids stay as they are
        third.Changes![0].Steps.Select(s => s.Claim).ShouldBe(["c5", "c6"]);
        third.Disagreements![0].Positions.Select(p => p.Claim).ShouldBe(["c5", "q3"]);
        third.Disagreements[0].Id.ShouldBe("d3");
    }

    [Fact]
    public void A_single_story_document_is_left_as_it_is()
    {
        var one = StoryWithIds("s1");
        DocumentIds.MakeUnique([one]).ShouldHaveSingleItem().ShouldBeSameAs(one);
    }
}
