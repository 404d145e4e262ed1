using Microsoft.AspNetCore.Http.HttpResults;
using Triangulate.Store;

namespace Triangulate.Cli;

/// <summary>
/// <c>triangulate serve</c>: the HTTP API over a store (minimal APIs). Documents are the same bytes the command line
/// writes, rendered by the same writers, so the API and the CLI cannot drift apart.
/// </summary>
public static class Server
{
    /// <summary>Configuration key for the database when the host is started by a test factory.</summary>
    public const string DbSetting = "Triangulate:Db";

    /// <summary>True when a host factory (WebApplicationFactory) runs the entry point: it passes only host settings
    /// such as <c>--applicationName=...</c>, which the command line never takes.</summary>
    public static bool IsLaunchedByHostFactory(string[] args)
        => args.Length > 0 && args.Any(a => a.StartsWith("--applicationName=", StringComparison.Ordinal))
           && args.All(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('='));

    /// <param name="args">Host arguments (empty from the command line; host settings from a test factory).</param>
    /// <param name="options">From <c>serve</c>; null reads <see cref="DbSetting"/> from configuration (default in-memory).</param>
    public static WebApplication Build(string[] args, ServeOptions? options = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        if (options?.Urls is { } urls) builder.WebHost.UseUrls(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        // Standard output belongs to documents (the CLI contract); the server's log goes to standard error.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IStore>(sp => new SqliteStore(
            options?.Db ?? sp.GetRequiredService<IConfiguration>()[DbSetting] ?? ":memory:",
            sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<StoryService>();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi(); // in every environment: the contract says so
        MapApi(app);
        return app;
    }

    private static void MapApi(WebApplication app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/stories", (StoryService stories) => TypedResults.Ok(stories.ListStories()))
            .WithName("ListStories")
            .WithSummary("Stories in the store with their article counts and independent sources.");

        api.MapGet("/stories/{id}", Results<FileContentHttpResult, ProblemHttpResult> (string id, StoryService stories) =>
                stories.StoryDocument(id) is { } document
                    ? TypedResults.File(document, "application/json")
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Story not found",
                        detail: $"No story with id '{id}'. GET /api/stories lists the stories."))
            .WithName("GetStory")
            .WithSummary("A triangulate.brief/1 document holding this one story and its articles.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

        api.MapGet("/brief", (StoryService stories) => TypedResults.File(stories.BriefDocument(), "application/json"))
            .WithName("GetBrief")
            .WithSummary("The whole triangulate.brief/1 document over every stored article.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

        api.MapGet("/articles/{id}", Results<ContentHttpResult, ProblemHttpResult> (string id, StoryService stories) =>
                stories.ArticleAnalysis(id) is { } json
                    ? TypedResults.Text(json, "application/json")
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: $"No article with id '{id}'."))
            .WithName("GetArticleAnalysis")
            .WithSummary("The triangulate.analysis/1 document of one stored article.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

        api.MapGet("/search", (string q, int? limit, StoryService stories) => TypedResults.Ok(stories.Search(q, limit ?? 20)))
            .WithName("SearchArticles")
            .WithSummary("Full-text search over stored article texts; every word must occur.");

        api.MapPost("/articles", async Task<Results<Ok<AddedArticles>, ProblemHttpResult>> (HttpRequest request, StoryService stories) =>
            {
                using var reader = new StreamReader(request.Body);
                var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
                var (articles, errors) = ArticleRecords.Parse(body);
                if (articles.Count == 0)
                    return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No article could be read",
                        detail: string.Join("; ", errors.Select(e => (e.Line is int l ? $"line {l}: " : "") + e.Message)),
                        extensions: new Dictionary<string, object?> { ["errors"] = errors });
                return TypedResults.Ok(stories.Add(articles, errors));
            })
            .WithName("AddArticles")
            .WithSummary("Add articles: one JSON Lines record {id, text, published?, title?, url?, outlet?}, several lines of them, or a JSON array. They are analysed, stored and the stories rebuilt.")
            .Accepts<string>("application/json", "application/x-ndjson");
    }
}
