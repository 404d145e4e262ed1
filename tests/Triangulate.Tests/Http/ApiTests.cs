using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Triangulate.Tests.Http;

/// <summary>The HTTP API through the real host (WebApplicationFactory), each test with its own in-memory store.</summary>
public sealed class ApiTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory = new();

    public void Dispose() => _factory.Dispose();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private const string TwoRecords = """
        {"id": "p-1", "text": "The port authority said 1,200 containers were stuck.", "published": "2021-03-02", "title": "Port jam"}
        {"id": "p-2", "text": "Containers are still stuck at the port.", "published": "2021-03-03T10:00:00Z"}
        """;

    [Fact]
    public async Task Stories_list_is_empty_before_any_article()
    {
        var client = _factory.CreateClient();
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/stories")).RootElement;
        json.GetProperty("stories").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Posted_articles_become_stories_served_as_brief_documents()
    {
        var client = _factory.CreateClient();
        var post = await client.PostAsync("/api/articles", Json(TwoRecords));
        post.StatusCode.ShouldBe(HttpStatusCode.OK, await post.Content.ReadAsStringAsync());
        JsonDocument.Parse(await post.Content.ReadAsStringAsync()).RootElement.GetProperty("added").GetArrayLength().ShouldBe(2);

        var list = JsonDocument.Parse(await client.GetStringAsync("/api/stories")).RootElement.GetProperty("stories");
        var story = list.EnumerateArray().ShouldHaveSingleItem();
        story.GetProperty("articleCount").GetInt32().ShouldBe(2);
        var id = story.GetProperty("id").GetString()!;
        story.GetProperty("headline").GetString().ShouldNotBeNullOrWhiteSpace();
        story.TryGetProperty("independentSources", out _).ShouldBeTrue();

        var response = await client.GetAsync($"/api/stories/{id}");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        doc.GetProperty("schema").GetString().ShouldBe("triangulate.brief/1");
        doc.GetProperty("stories").EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetString().ShouldBe(id);
        doc.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(["p-1", "p-2"]);
        doc.GetProperty("articles")[1].GetProperty("published").GetString().ShouldBe("2021-03-03");

        // Adding another article keeps the story's id.
        (await client.PostAsync("/api/articles", Json("""[{"id": "p-3", "text": "More containers arrived at the port."}]"""))).EnsureSuccessStatusCode();
        var again = JsonDocument.Parse(await client.GetStringAsync("/api/stories")).RootElement.GetProperty("stories");
        again.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ShouldContain(id);

        var analysis = JsonDocument.Parse(await client.GetStringAsync("/api/articles/p-1")).RootElement;
        analysis.GetProperty("schema").GetString().ShouldBe("triangulate.analysis/1");
        var hits = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=authority")).RootElement.GetProperty("hits");
        hits.EnumerateArray().ShouldHaveSingleItem().GetProperty("articleId").GetString().ShouldBe("p-1");
    }

    [Fact]
    public async Task A_story_document_carries_the_brief_level_identity_of_a_person_another_story_names()
    {
        var client = _factory.CreateClient();
        const string records = """
            {"id": "b-1", "text": "Engineers opened the new Harlow river bridge on Monday after three years of construction, the city council said. Mayor Marta Kowalczyk cut the ribbon as traffic began to cross the span, which cost 40 million euros.", "published": "2021-05-03"}
            {"id": "c-1", "text": "The national chess federation suspended two referees on Friday over disputed rulings at the junior championship in Lodz. Federation board member Marta Kowalczyk said the tournament results would be reviewed by a panel.", "published": "2022-11-18"}
            """;
        (await client.PostAsync("/api/articles", Json(records))).EnsureSuccessStatusCode();
        var ids = JsonDocument.Parse(await client.GetStringAsync("/api/stories")).RootElement.GetProperty("stories")
            .EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        ids.Count.ShouldBe(2);

        JsonElement Person(JsonElement story) => story.GetProperty("entities").EnumerateArray()
            .Single(e => e.GetProperty("name").GetString()!.Contains("Kowalczyk", StringComparison.Ordinal));
        var one = JsonDocument.Parse(await client.GetStringAsync($"/api/stories/{ids[0]}")).RootElement.GetProperty("stories")[0];
        var other = JsonDocument.Parse(await client.GetStringAsync($"/api/stories/{ids[1]}")).RootElement.GetProperty("stories")[0];
        var identity = Person(one).GetProperty("identity").GetString();
        identity.ShouldNotBeNull();
        Person(other).GetProperty("identity").GetString().ShouldBe(identity);
        Person(one).GetProperty("alsoIn").EnumerateArray().Select(x => x.GetString()).ShouldBe([ids[1]]);
        Person(other).GetProperty("alsoIn").EnumerateArray().Select(x => x.GetString()).ShouldBe([ids[0]]);

        // the whole brief gives the same identity
        var brief = JsonDocument.Parse(await client.GetStringAsync("/api/brief")).RootElement.GetProperty("stories");
        brief.EnumerateArray().Select(Person).Select(e => e.GetProperty("identity").GetString()).ShouldAllBe(x => x == identity);
    }

    [Fact]
    public async Task Identities_are_assigned_once_per_store_state_and_a_request_after_an_addition_sees_the_new_ones()
    {
        var client = _factory.CreateClient();
        var service = _factory.Services.GetRequiredService<Triangulate.Cli.StoryService>();
        (await client.PostAsync("/api/articles", Json("""
            {"id": "h-1", "text": "Engineers opened the new Harlow river bridge on Monday after three years of construction, the city council said. Mayor Marta Kowalczyk cut the ribbon as traffic began to cross the span, which cost 40 million euros.", "published": "2021-05-03"}
            """))).EnsureSuccessStatusCode();
        var first = JsonDocument.Parse(await client.GetStringAsync("/api/stories")).RootElement.GetProperty("stories")[0].GetProperty("id").GetString()!;
        JsonElement Person(string storyId) => JsonDocument.Parse(client.GetStringAsync($"/api/stories/{storyId}").Result).RootElement
            .GetProperty("stories")[0].GetProperty("entities").EnumerateArray()
            .Single(e => e.GetProperty("name").GetString()!.Contains("Kowalczyk", StringComparison.Ordinal));
        Person(first).TryGetProperty("alsoIn", out _).ShouldBeFalse();
        var passes = service.IdentityAssignments;
        for (var i = 0; i < 3; i++) Person(first);
        (await client.GetStringAsync("/api/brief")).ShouldNotBeEmpty();
        service.IdentityAssignments.ShouldBe(passes); // the same store state: assigned once, served from the cache

        (await client.PostAsync("/api/articles", Json("""
            {"id": "h-2", "text": "The national chess federation suspended two referees on Friday over disputed rulings at the junior championship in Lodz. Federation board member Marta Kowalczyk said the tournament results would be reviewed by a panel.", "published": "2022-11-18"}
            """))).EnsureSuccessStatusCode();
        var ids = JsonDocument.Parse(await client.GetStringAsync("/api/stories")).RootElement.GetProperty("stories")
            .EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        ids.Count.ShouldBe(2);
        var second = ids.Single(x => x != first);
        Person(first).GetProperty("alsoIn").EnumerateArray().Select(x => x.GetString()).ShouldBe([second]);
        Person(first).GetProperty("identity").GetString().ShouldBe(Person(second).GetProperty("identity").GetString());
        service.IdentityAssignments.ShouldBe(passes + 1);
    }

    [Fact]
    public async Task Story_ids_and_articles_survive_a_restart_on_the_same_database_file()
    {
        var db = Path.Combine(Path.GetTempPath(), "triangulate-api-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            string id;
            using (var first = _factory.WithWebHostBuilder(b => b.UseSetting(Triangulate.Cli.Server.DbSetting, db)))
            {
                var client = first.CreateClient();
                (await client.PostAsync("/api/articles", Json(TwoRecords))).EnsureSuccessStatusCode();
                id = JsonDocument.Parse(await client.GetStringAsync("/api/stories")).RootElement.GetProperty("stories")[0].GetProperty("id").GetString()!;
            }
            using var second = _factory.WithWebHostBuilder(b => b.UseSetting(Triangulate.Cli.Server.DbSetting, db));
            var stories = JsonDocument.Parse(await second.CreateClient().GetStringAsync("/api/stories")).RootElement.GetProperty("stories");
            var story = stories.EnumerateArray().ShouldHaveSingleItem();
            story.GetProperty("id").GetString().ShouldBe(id);
            story.GetProperty("articleCount").GetInt32().ShouldBe(2);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) if (File.Exists(f)) File.Delete(f);
        }
    }

    [Fact]
    public async Task A_new_story_and_a_replaced_article_keep_the_other_story_ids_and_the_brief_ids_stay_unique()
    {
        var client = _factory.CreateClient();
        (await client.PostAsync("/api/articles", Json(TwoRecords))).EnsureSuccessStatusCode();
        var port = JsonDocument.Parse(await client.GetStringAsync("/api/stories")).RootElement.GetProperty("stories")[0].GetProperty("id").GetString()!;

        var other = await client.PostAsync("/api/articles", Json("""{"id": "f-1", "text": "The football club Rovers sacked coach Ann Marsh on Saturday after a 5-0 defeat, the club's chairman Tom Reed said."}"""));
        other.EnsureSuccessStatusCode();
        // The answer lists the stories the request touched, not every story.
        var touched = JsonDocument.Parse(await other.Content.ReadAsStringAsync()).RootElement.GetProperty("stories");
        var football = touched.EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetString()!;
        football.ShouldNotBe(port);

        // Same id, new text: the stored article is replaced and both stories keep their ids.
        (await client.PostAsync("/api/articles", Json("""{"id": "p-2", "text": "The port authority said 1,300 containers were stuck on Wednesday."}"""))).EnsureSuccessStatusCode();
        var ids = JsonDocument.Parse(await client.GetStringAsync("/api/stories")).RootElement.GetProperty("stories")
            .EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        ids.ShouldBe([port, football]);
        (await client.GetStringAsync("/api/articles/p-2")).ShouldContain("1,300");

        var brief = JsonDocument.Parse(await client.GetStringAsync("/api/brief")).RootElement;
        var entityIds = brief.GetProperty("stories").EnumerateArray()
            .SelectMany(s => s.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString())).ToList();
        entityIds.Count.ShouldBeGreaterThan(1);
        entityIds.ShouldBeUnique();
    }

    [Fact]
    public async Task Unknown_story_is_404_with_problem_details()
    {
        var response = await _factory.CreateClient().GetAsync("/api/stories/s999");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(404);
        problem.GetProperty("title").GetString().ShouldBe("Story not found");
    }

    [Fact]
    public async Task A_body_without_any_valid_record_is_400_listing_the_errors()
    {
        var response = await _factory.CreateClient().PostAsync("/api/articles", Json("{\"text\": \"no id\"}\nnot json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("errors").GetArrayLength().ShouldBe(2);
        problem.GetProperty("errors")[1].GetProperty("line").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Openapi_document_is_served_and_describes_the_api()
    {
        var response = await _factory.CreateClient().GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/stories");
        paths.ShouldContain("/api/stories/{id}");
        paths.ShouldContain("/api/articles");
    }

    [Fact]
    public async Task Openapi_is_served_outside_development_too()
    {
        using var production = _factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        (await production.CreateClient().GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
