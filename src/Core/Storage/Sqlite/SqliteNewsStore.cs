using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with FTS5 indexes over articles and quotes.
/// Each call opens its own pooled connection, so the store is safe to share between threads.
/// </summary>
public sealed class SqliteNewsStore : INewsStore
{
    private readonly string _connectionString;

    /// <summary>A store on the SQLite file at <paramref name="path"/> (its folder is created if missing).</summary>
    public SqliteNewsStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, ForeignKeys = true }.ToString();
    }

    /// <inheritdoc />
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", cancellationToken);
        var current = Convert.ToInt32(await ScalarAsync(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken), CultureInfo.InvariantCulture);
        for (var version = current + 1; version <= SqliteSchema.Migrations.Length; version++)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, SqliteSchema.Migrations[version - 1], cancellationToken);
            await ExecuteAsync(connection, transaction, $"INSERT INTO schema_version(version) VALUES ({version})", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<bool> IsProcessedAsync(string origin, string contentHash, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM processed_inputs WHERE origin = $o AND content_hash = $h";
        command.Parameters.AddWithValue("$o", origin);
        command.Parameters.AddWithValue("$h", contentHash);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <inheritdoc />
    public async Task<SaveOutcome> SaveAsync(IngestedArticle item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var article = item.Article;
        var textHash = TextHash.Of(article.Text);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var outcome = SaveOutcome.Inserted;
        var existing = await ScalarAsync(connection, transaction, "SELECT key FROM articles WHERE article_id = $id", cancellationToken, ("$id", article.Id));
        var sameText = await ScalarAsync(connection, transaction, "SELECT key FROM articles WHERE text_hash = $h", cancellationToken, ("$h", textHash));
        if (sameText is not null)
        {
            outcome = SaveOutcome.Duplicate;
        }
        else
        {
            if (existing is not null)
            {
                outcome = SaveOutcome.Updated;
                await DeleteArticleAsync(connection, transaction, (long)existing, cancellationToken);
            }

            await InsertArticleAsync(connection, transaction, item, textHash, cancellationToken);
        }

        await MarkProcessedAsync(connection, transaction, item.InputOrigin, item.ContentHash, item.IngestedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private static async Task InsertArticleAsync(SqliteConnection connection, SqliteTransaction transaction, IngestedArticle item, string textHash, CancellationToken ct)
    {
        var a = item.Article;
        var key = (long)(await ScalarAsync(connection, transaction,
            """
            INSERT INTO articles(article_id, origin, text_hash, title, body, url, source, published, language, text_offset, ingested_at)
            VALUES ($id, $origin, $hash, $title, $body, $url, $source, $published, $language, $offset, $ingested) RETURNING key
            """, ct,
            ("$id", a.Id), ("$origin", a.Origin), ("$hash", textHash), ("$title", a.Title), ("$body", a.Text),
            ("$url", a.Url?.ToString()), ("$source", a.Source), ("$published", a.Published is { } p ? Format(p) : null),
            ("$language", a.Language), ("$offset", a.TextOffset), ("$ingested", Format(item.IngestedAt))))!;
        await ExecuteAsync(connection, transaction, "UPDATE articles SET story_key = key WHERE key = $k; INSERT INTO articles_fts(rowid, title, body) VALUES ($k, $t, $b)", ct,
            ("$k", key), ("$t", a.Title), ("$b", a.Text));
        foreach (var analysis in item.Analyses)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO analyses(article_key, profile, relevant, score, analysis) VALUES ($k, $p, $r, $s, $a)", ct,
                ("$k", key), ("$p", analysis.Relevance.Profile), ("$r", analysis.Relevance.IsRelevant ? 1 : 0),
                ("$s", analysis.Relevance.Score), ("$a", JsonSerializer.Serialize(analysis)));
        }

        foreach (var quote in (item.Analyses.Count > 0 ? item.Analyses[0].Quotes : []))
        {
            var quoteKey = await ScalarAsync(connection, transaction,
                """
                INSERT INTO quotes(article_key, speaker, speaker_folded, role, text, kind, start_offset, end_offset)
                VALUES ($k, $s, $f, $r, $t, $kind, $start, $end) RETURNING key
                """, ct,
                ("$k", key), ("$s", quote.Speaker), ("$f", Fold(quote.Speaker)), ("$r", quote.Role), ("$t", quote.Text),
                ("$kind", quote.Kind.ToString().ToLowerInvariant()), ("$start", quote.Start), ("$end", quote.End));
            await ExecuteAsync(connection, transaction, "INSERT INTO quotes_fts(rowid, speaker, text) VALUES ($k, $s, $t)", ct,
                ("$k", quoteKey), ("$s", quote.Speaker), ("$t", quote.Text));
        }
    }

    private static async Task DeleteArticleAsync(SqliteConnection connection, SqliteTransaction transaction, long key, CancellationToken ct)
    {
        await ExecuteAsync(connection, transaction,
            """
            INSERT INTO quotes_fts(quotes_fts, rowid, speaker, text) SELECT 'delete', key, speaker, text FROM quotes WHERE article_key = $k;
            INSERT INTO articles_fts(articles_fts, rowid, title, body) SELECT 'delete', key, title, body FROM articles WHERE key = $k;
            DELETE FROM articles WHERE key = $k;
            """, ct, ("$k", key));
    }

    private static Task MarkProcessedAsync(SqliteConnection connection, SqliteTransaction transaction, string origin, string hash, DateTimeOffset at, CancellationToken ct) =>
        ExecuteAsync(connection, transaction,
            "INSERT OR IGNORE INTO processed_inputs(origin, content_hash, processed_at) VALUES ($o, $h, $t)", ct,
            ("$o", origin), ("$h", hash), ("$t", Format(at)));

    /// <inheritdoc />
    public async Task QuarantineAsync(QuarantineEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "INSERT INTO quarantine(origin, error, at) VALUES ($o, $e, $a)", cancellationToken,
            ("$o", entry.Origin), ("$e", entry.Error), ("$a", Format(entry.At)));
        if (entry.ContentHash is not null)
            await MarkProcessedAsync(connection, transaction, entry.Origin, entry.ContentHash, entry.At, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<QuarantineEntry>> ListQuarantineAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT origin, error, at FROM quarantine ORDER BY key DESC LIMIT $l", ("$l", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<QuarantineEntry>();
        while (await reader.ReadAsync(cancellationToken))
            list.Add(new QuarantineEntry(reader.GetString(0), reader.GetString(1), Parse(reader.GetString(2))));
        return list;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredArticle>> ListArticlesAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadArticlesAsync(
            $"""
            {ArticleColumns} WHERE n.profile = $p AND a.ingested_at >= $from AND a.ingested_at < $to {(query.RelevantOnly ? "AND n.relevant = 1" : "")}
            ORDER BY a.ingested_at DESC, a.key DESC LIMIT $l
            """, cancellationToken,
            ("$p", query.Profile), ("$from", Format(query.From)), ("$to", Format(query.To)), ("$l", query.Limit));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredArticle>> SearchArticlesAsync(string terms, string profile, int limit, CancellationToken cancellationToken)
    {
        var match = FtsQuery.From(terms);
        if (match is null)
            return Task.FromResult<IReadOnlyList<StoredArticle>>([]);
        return ReadArticlesAsync(
            $"{ArticleColumns} JOIN articles_fts f ON f.rowid = a.key WHERE n.profile = $p AND articles_fts MATCH $m ORDER BY f.rank LIMIT $l",
            cancellationToken, ("$p", profile), ("$m", match), ("$l", limit));
    }

    private const string ArticleColumns =
        "SELECT a.key, a.article_id, a.title, a.body, a.url, a.source, a.published, a.origin, a.language, a.text_offset, a.ingested_at, a.story_key, n.analysis " +
        "FROM articles a JOIN analyses n ON n.article_key = a.key";

    private async Task<IReadOnlyList<StoredArticle>> ReadArticlesAsync(string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<StoredArticle>();
        while (await reader.ReadAsync(ct))
        {
            var article = new Article(
                reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : new Uri(reader.GetString(4)),
                reader.IsDBNull(6) ? null : Parse(reader.GetString(6)),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(7) ? null : reader.GetString(7))
            {
                Language = reader.IsDBNull(8) ? null : reader.GetString(8),
                TextOffset = reader.GetInt32(9),
            };
            var analysis = JsonSerializer.Deserialize<ArticleAnalysis>(reader.GetString(12))!;
            list.Add(new StoredArticle(reader.GetInt64(0), article, Parse(reader.GetString(10)), analysis) { StoryKey = reader.GetInt64(11) });
        }

        return list;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new List<string>();
        var parameters = new List<(string, object?)> { ("$l", query.Limit) };
        var join = "";
        var match = FtsQuery.From(query.Topic, query.Phrase);
        if (match is not null)
        {
            join = "JOIN quotes_fts f ON f.rowid = q.key";
            where.Add("quotes_fts MATCH $m");
            parameters.Add(("$m", match));
        }

        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            // A surname, a full name or a folded spelling all find the canonical speaker.
            where.Add("(q.speaker_folded = $s OR q.speaker_folded LIKE '% ' || $s OR q.speaker_folded LIKE $s || ' %')");
            parameters.Add(("$s", Fold(query.Speaker)));
        }

        if (query.Since is { } since)
        {
            where.Add("COALESCE(a.published, a.ingested_at) >= $since");
            parameters.Add(("$since", Format(since)));
        }

        var sql = $"""
            SELECT q.speaker, q.role, q.text, q.kind, q.start_offset, q.end_offset, a.key, a.title, a.source, a.url, COALESCE(a.published, a.ingested_at)
            FROM quotes q JOIN articles a ON a.key = q.article_key {join}
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY {(match is not null ? "f.rank, " : "")}COALESCE(a.published, a.ingested_at) DESC, q.key LIMIT $l
            """;
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, sql, parameters.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<QuoteHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var quote = new Quote(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2),
                Enum.Parse<QuoteKind>(reader.GetString(3), ignoreCase: true), reader.GetInt32(4), reader.GetInt32(5));
            hits.Add(new QuoteHit(quote, reader.GetInt64(6), reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : new Uri(reader.GetString(9)), Parse(reader.GetString(10))));
        }

        return hits;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SpeakerCount>> ListSpeakersAsync(string? topic, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var match = FtsQuery.From(topic);
        var sql = $"""
            SELECT q.speaker, MAX(q.role), COUNT(*) FROM quotes q JOIN articles a ON a.key = q.article_key
            {(match is not null ? "JOIN quotes_fts f ON f.rowid = q.key WHERE quotes_fts MATCH $m" : "WHERE 1 = 1")}
            {(since is not null ? "AND COALESCE(a.published, a.ingested_at) >= $since" : "")}
            GROUP BY q.speaker ORDER BY COUNT(*) DESC, q.speaker LIMIT 50
            """;
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, sql, ("$m", match), ("$since", since is { } s ? Format(s) : null));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<SpeakerCount>();
        while (await reader.ReadAsync(cancellationToken))
            list.Add(new SpeakerCount(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt32(2)));
        return list;
    }

    /// <inheritdoc />
    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            """
            SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(DISTINCT article_key) FROM analyses WHERE relevant = 1),
                   (SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM quarantine), (SELECT MAX(ingested_at) FROM articles)
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreStatistics(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3),
            reader.IsDBNull(4) ? null : Parse(reader.GetString(4)));
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteScalarAsync(ct);
    }

    // Round-trippable UTC text sorts in time order, which the period queries rely on.
    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string Fold(string name) => string.Join(' ', Tokenizer.Tokenize(name).Select(t => t.Value));
}
