namespace Triangulate.Cli;

/// <param name="Db">SQLite file, or ":memory:".</param>
/// <param name="Urls">Addresses to listen on, ';'-separated; null leaves ASP.NET Core's own (used by the test host).</param>
public sealed record ServeOptions(string Db, string? Urls);
