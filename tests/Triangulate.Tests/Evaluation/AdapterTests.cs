using Triangulate.Documents;
using Triangulate.Evaluation;
using Triangulate.Evaluation.Adapters;

namespace Triangulate.Tests.Evaluation;

public class AdapterTests
{
    [Fact]
    public void Default_resolution_finds_the_existing_components()
    {
        var c = SystemComponents.FromDefaultPipeline();
        c.Mentions.ShouldNotBeNull();
        c.Quotes.ShouldNotBeNull();
        c.Quantities.ShouldNotBeNull();
        c.Times.ShouldNotBeNull();
        c.Stories.ShouldNotBeNull();
        c.EntityCoref.ShouldNotBeNull();
    }

    [Fact]
    public void Entity_merger_adapter_links_the_same_name_across_articles_only()
    {
        var a = new Article { Id = "a", Source = "a", Text = "Barack Obama met Angela Merkel in Berlin." };
        var b = new Article { Id = "b", Source = "b", Text = "Obama left Berlin on Friday." };
        var mentions = new[]
        {
            new GivenMention(0, new Span(0, 12), EntityKind.Person),
            new GivenMention(0, new Span(17, 30), EntityKind.Person),
            new GivenMention(0, new Span(34, 40), EntityKind.Place),
            new GivenMention(1, new Span(0, 5), EntityKind.Person),
            new GivenMention(1, new Span(11, 17), EntityKind.Place),
        };
        var labels = new EntityMergerAdapter().Resolve([a, b], mentions);
        labels.Count.ShouldBe(5);
        labels[2].ShouldBe(labels[4]);       // Berlin = Berlin
        labels[0].ShouldBe(labels[3]);       // Barack Obama = Obama (only person with that surname)
        labels[0].ShouldNotBe(labels[1]);    // Obama ≠ Merkel
    }

    [Fact]
    public void Story_adapter_returns_one_label_per_article_in_input_order()
    {
        var articles = new[]
        {
            new Article { Id = "2", Source = "2", Text = "A magnitude 6.1 earthquake struck the Indonesian island of Sumatra on Tuesday, killing 12 villagers." },
            new Article { Id = "1", Source = "1", Text = "Apple unveiled the new iPhone at its Cupertino event on Monday, with a faster chip and camera." },
        };
        var labels = new StoryClustererAdapter().Cluster(articles);
        labels.Count.ShouldBe(2);
        labels[0].ShouldNotBe(labels[1]);
    }
}
