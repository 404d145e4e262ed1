using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Triangulate.Documents;
using Triangulate.Fusion;

namespace Triangulate.Store;

/// <summary>
/// The default <see cref="IStore"/>: one SQLite file (or <c>:memory:</c>). One connection is held open for the
/// store's lifetime — that is what keeps an in-memory database alive — and guarded by a lock, since SQLite
/// connections are not thread-safe and the web server calls in from many threads.
/// </summary>
public sealed class SqliteStore : IStore
{
    private const int SchemaVersion = 1;
    private readonly SqliteConnection _db;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();

    /// <param name="path">A file path, or ":memory:" for a database that lives as long as this object.</param>
    /// <param name="clock">Source of <c>ingested_at</c>; tests pass a fixed clock.</param>
    public SqliteStore(string path, TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        _db = new SqliteConnection(builder.ToString());
        _db.Open();
        CreateSchema();
    }

    private void CreateSchema()
    {
        Execute("""
            PRAGMA journal_mode = WAL;
            PRAGMA foreign_keys = ON;
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS articles (
                id TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                published TEXT,
                title TEXT,
                url TEXT,
                outlet TEXT,
                text TEXT NOT NULL,
                text_is_extracted INTEGER NOT NULL DEFAULT 0,
                known_noise TEXT NOT NULL DEFAULT '[]',
                analysis TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS stories (
                seq INTEGER PRIMARY KEY,          -- the number in the id 's<seq>'; never reused
                id TEXT NOT NULL UNIQUE,
                headline TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS story_articles (
                story_id TEXT NOT NULL REFERENCES stories(id),
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                PRIMARY KEY (story_id, article_id)
            );
            CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(id UNINDEXED, title, text);
            """);
        Execute($"INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', '{SchemaVersion}');");
    }

    public void PutArticle(Article article, string analysisJson)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            Run(tx, """
                INSERT INTO articles (id, source, published, title, url, outlet, text, text_is_extracted, known_noise, analysis, ingested_at)
                VALUES ($id, $source, $published, $title, $url, $outlet, $text, $extracted, $noise, $analysis, $at)
                ON CONFLICT(id) DO UPDATE SET source = excluded.source, published = excluded.published, title = excluded.title,
                    url = excluded.url, outlet = excluded.outlet, text = excluded.text, text_is_extracted = excluded.text_is_extracted,
                    known_noise = excluded.known_noise, analysis = excluded.analysis, ingested_at = excluded.ingested_at;
                """,
                ("$id", article.Id), ("$source", article.Source),
                ("$published", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("$title", article.Title), ("$url", article.Url), ("$outlet", article.Outlet), ("$text", article.Text),
                ("$extracted", article.TextIsExtracted ? 1 : 0), ("$noise", NoiseToJson(article.KnownNoise)),
                ("$analysis", analysisJson), ("$at", _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
            Run(tx, "DELETE FROM article_search WHERE id = $id;", ("$id", article.Id));
            Run(tx, "INSERT INTO article_search (id, title, text) VALUES ($id, $title, $text);",
                ("$id", article.Id), ("$title", article.Title ?? ""), ("$text", article.Text));
            tx.Commit();
        }
    }

    public StoredArticle? GetArticle(string id)
    {
        lock (_gate) return QueryArticles("WHERE id = $id", ("$id", id)).FirstOrDefault();
    }

    public IReadOnlyList<StoredArticle> Articles()
    {
        lock (_gate) return QueryArticles("");
    }

    public IReadOnlyList<Story> AssignStoryIds(IReadOnlyList<Story> fresh)
    {
        lock (_gate)
        {
            var stored = LoadStories(includeEmpty: false);
            // Greedy matching by shared articles, largest overlap first; ties go to the older story, then to fusion's
            // order, so the outcome does not depend on dictionary or hash order.
            var pairs = new List<(int Overlap, int StoredSeq, int FreshIndex, string StoredId)>();
            for (var f = 0; f < fresh.Count; f++)
            {
                var members = fresh[f].Articles.ToHashSet(StringComparer.Ordinal);
                foreach (var s in stored)
                {
                    var overlap = s.Articles.Count(members.Contains);
                    if (overlap > 0) pairs.Add((overlap, Seq(s.Id), f, s.Id));
                }
            }
            var assigned = new string?[fresh.Count];
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in pairs.OrderByDescending(p => p.Overlap).ThenBy(p => p.StoredSeq).ThenBy(p => p.FreshIndex))
            {
                if (assigned[p.FreshIndex] is not null || taken.Contains(p.StoredId)) continue;
                assigned[p.FreshIndex] = p.StoredId;
                taken.Add(p.StoredId);
            }

            using var tx = _db.BeginTransaction();
            var next = Scalar<long>(tx, "SELECT COALESCE(MAX(seq), 0) FROM stories;") + 1;
            var result = new List<Story>(fresh.Count);
            Run(tx, "DELETE FROM story_articles;");
            for (var f = 0; f < fresh.Count; f++)
            {
                var id = assigned[f];
                if (id is null)
                {
                    id = "s" + next.ToString(CultureInfo.InvariantCulture);
                    Run(tx, "INSERT INTO stories (seq, id, headline) VALUES ($seq, $id, $headline);",
                        ("$seq", next), ("$id", id), ("$headline", fresh[f].Headline));
                    next++;
                }
                else Run(tx, "UPDATE stories SET headline = $headline WHERE id = $id;", ("$id", id), ("$headline", fresh[f].Headline));
                foreach (var article in fresh[f].Articles.Distinct(StringComparer.Ordinal))
                    Run(tx, "INSERT OR IGNORE INTO story_articles (story_id, article_id) SELECT $story, $article WHERE EXISTS (SELECT 1 FROM articles WHERE id = $article);",
                        ("$story", id), ("$article", article));
                result.Add(fresh[f] with { Id = id });
            }
            tx.Commit();
            return result.OrderBy(s => Seq(s.Id)).ToList();
        }
    }

    public string SaveStory(string? storyId, string headline, IReadOnlyList<string> articles)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            var id = storyId;
            if (id is null || Scalar<long>(tx, "SELECT COUNT(*) FROM stories WHERE id = $id;", ("$id", id)) == 0)
            {
                var next = Scalar<long>(tx, "SELECT COALESCE(MAX(seq), 0) FROM stories;") + 1;
                id = "s" + next.ToString(CultureInfo.InvariantCulture);
                Run(tx, "INSERT INTO stories (seq, id, headline) VALUES ($seq, $id, $headline);", ("$seq", next), ("$id", id), ("$headline", headline));
            }
            else Run(tx, "UPDATE stories SET headline = $headline WHERE id = $id;", ("$id", id), ("$headline", headline));
            var members = articles.ToHashSet(StringComparer.Ordinal);
            foreach (var gone in StoryMembers(tx, id).Where(a => !members.Contains(a)))
                Run(tx, "DELETE FROM story_articles WHERE story_id = $story AND article_id = $article;", ("$story", id), ("$article", gone));
            foreach (var article in members.Order(StringComparer.Ordinal))
                Run(tx, "INSERT OR IGNORE INTO story_articles (story_id, article_id) SELECT $story, $article WHERE EXISTS (SELECT 1 FROM articles WHERE id = $article);",
                    ("$story", id), ("$article", article));
            tx.Commit();
            return id;
        }
    }

    public IReadOnlyList<StoredArticle> ArticlesInArrivalOrder()
    {
        lock (_gate) return QueryArticles("", "rowid");
    }

    private List<string> StoryMembers(SqliteTransaction tx, string storyId)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT article_id FROM story_articles WHERE story_id = $id;";
        cmd.Parameters.AddWithValue("$id", storyId);
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    public IReadOnlyList<StoredStory> Stories()
    {
        lock (_gate) return LoadStories(includeEmpty: false);
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        var match = ToFtsQuery(query);
        if (match.Length == 0) return [];
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = """
                SELECT id, title, snippet(article_search, 2, '[', ']', '…', 16), bm25(article_search) AS rank
                FROM article_search WHERE article_search MATCH $q ORDER BY rank, id LIMIT $limit;
                """;
            cmd.Parameters.AddWithValue("$q", match);
            cmd.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 1000));
            using var r = cmd.ExecuteReader();
            var hits = new List<SearchHit>();
            while (r.Read())
                hits.Add(new SearchHit(r.GetString(0), r.IsDBNull(1) || r.GetString(1).Length == 0 ? null : r.GetString(1), r.GetString(2), r.GetDouble(3)));
            return hits;
        }
    }

    public void Dispose() => _db.Dispose();

    /// <summary>User words become quoted FTS5 strings, so "U.S." or "AND" cannot break the query syntax.</summary>
    internal static string ToFtsQuery(string query)
        => string.Join(' ', query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => "\"" + w.Replace("\"", "\"\"") + "\""));

    private static int Seq(string storyId) => StoryIds.Seq(storyId);

    private List<StoredStory> LoadStories(bool includeEmpty)
    {
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var cmd = _db.CreateCommand())
        {
            cmd.CommandText = "SELECT story_id, article_id FROM story_articles ORDER BY story_id, article_id;";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                if (!members.TryGetValue(r.GetString(0), out var list)) members[r.GetString(0)] = list = [];
                list.Add(r.GetString(1));
            }
        }
        var stories = new List<StoredStory>();
        using (var cmd = _db.CreateCommand())
        {
            cmd.CommandText = "SELECT id, headline FROM stories ORDER BY seq;";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var articles = members.TryGetValue(r.GetString(0), out var list) ? list.Order(StringComparer.Ordinal).ToList() : [];
                if (articles.Count > 0 || includeEmpty) stories.Add(new StoredStory(r.GetString(0), r.GetString(1), articles));
            }
        }
        return stories;
    }

    private List<StoredArticle> QueryArticles(string where, params (string Name, object? Value)[] parameters)
        => QueryArticles(where, "id COLLATE BINARY", parameters);

    private List<StoredArticle> QueryArticles(string where, string orderBy, params (string Name, object? Value)[] parameters)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = $"SELECT id, source, published, title, url, outlet, text, text_is_extracted, known_noise, analysis, ingested_at FROM articles {where} ORDER BY {orderBy};";
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        using var r = cmd.ExecuteReader();
        var list = new List<StoredArticle>();
        while (r.Read())
        {
            string? Str(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            var article = new Article
            {
                Id = r.GetString(0),
                Source = r.GetString(1),
                Published = Str(2) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                Title = Str(3),
                Url = Str(4),
                Outlet = Str(5),
                Text = r.GetString(6),
                TextIsExtracted = r.GetInt64(7) != 0,
                KnownNoise = NoiseFromJson(r.GetString(8)),
            };
            list.Add(new StoredArticle(article, r.GetString(9), DateTimeOffset.Parse(r.GetString(10), CultureInfo.InvariantCulture)));
        }
        return list;
    }

    private static string NoiseToJson(IReadOnlyList<RemovedSpan> noise)
    {
        var sb = new StringBuilder("[");
        for (var i = 0; i < noise.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(CultureInfo.InvariantCulture, $"{{\"start\":{noise[i].Start},\"end\":{noise[i].End},\"kind\":\"{noise[i].Kind}\"}}");
        }
        return sb.Append(']').ToString();
    }

    private static IReadOnlyList<RemovedSpan> NoiseFromJson(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray()
            .Select(e => new RemovedSpan(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(),
                Enum.Parse<NoiseKind>(e.GetProperty("kind").GetString()!)))
            .ToList();
    }

    private void Execute(string sql)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private void Run(SqliteTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        cmd.ExecuteNonQuery();
    }

    private T Scalar<T>(SqliteTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }
}
