using System.Text.Json;
using Npgsql;
using NewsBot.Core.Storage.Dedup;

namespace NewsBot.Core.Storage.Postgres;

/// <summary>Saving articles: exact duplicates, new versions, story linking, processed inputs and quarantine.</summary>
public sealed partial class PostgresNewsStore
{
    private const int SaveAttempts = 3;

    /// <inheritdoc />
    public async Task<bool> IsProcessedAsync(string origin, string contentHash, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await ScalarAsync(connection, null, "SELECT 1 FROM processed_inputs WHERE origin = @o AND content_hash = @h", cancellationToken,
            ("o", origin), ("h", contentHash)) is not null;
    }

    /// <inheritdoc />
    public async Task<SaveOutcome> SaveAsync(IngestedArticle item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (await SaveAllAsync([item], cancellationToken))[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SaveOutcome>> SaveAllAsync(IReadOnlyList<IngestedArticle> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var fingerprints = items.Select(i => ArticleFingerprint.Of(i.Article)).ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // One transaction: the articles, their analyses, quotes, index rows and processed markers appear
                // together or not at all.
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var outcomes = new List<SaveOutcome>(items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    outcomes.Add(await SaveArticleAsync(connection, transaction, items[i], fingerprints[i], cancellationToken));
                    await ExecuteAsync(connection, transaction, MarkProcessedSql, cancellationToken,
                        ("o", items[i].InputOrigin), ("h", items[i].ContentHash), ("t", items[i].IngestedAt));
                }

                await transaction.CommitAsync(cancellationToken);
                return outcomes;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && attempt < SaveAttempts)
            {
                // Another instance stored one of these articles (id, link or text) since we looked: look again, and
                // the next attempt sees it as a duplicate or an update.
            }
        }
    }

    private const string MarkProcessedSql =
        "INSERT INTO processed_inputs(origin, content_hash, processed_at) VALUES (@o, @h, @t) ON CONFLICT DO NOTHING";

    private static async Task<SaveOutcome> SaveArticleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IngestedArticle item, ArticleFingerprint fingerprint, CancellationToken ct)
    {
        long? existing = null;
        var sameText = false;
        await using (var command = Command(connection, transaction,
            """
            SELECT COALESCE((SELECT key FROM articles WHERE article_id = @id), (SELECT key FROM articles WHERE url_key = @u)),
                   EXISTS (SELECT 1 FROM articles WHERE text_hash = @h)
            """, ("id", item.Article.Id), ("u", fingerprint.UrlKey ?? ""), ("h", fingerprint.TextHash)))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            existing = reader.IsDBNull(0) ? null : reader.GetInt64(0);
            sameText = reader.GetBoolean(1);
        }

        if (sameText)
            return SaveOutcome.Duplicate;
        if (existing is { } key)
        {
            await UpdateArticleAsync(connection, transaction, key, item, fingerprint, ct);
            return SaveOutcome.Updated;
        }

        await InsertArticleAsync(connection, transaction, item, fingerprint, ct);
        return SaveOutcome.Inserted;
    }

    private static async Task InsertArticleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IngestedArticle item, ArticleFingerprint fingerprint, CancellationToken ct)
    {
        var a = item.Article;
        var story = await FindStoryAsync(connection, transaction, fingerprint, null, ct);
        var key = (long)(await ScalarAsync(connection, transaction,
            $"""
            INSERT INTO articles(article_id, origin, text_hash, url_key, title, body, url, source, published, language, text_offset, ingested_at, signature, story_key, search)
            VALUES (@id, @origin, @hash, @urlkey, @title, @body, @url, @source, @published, @language, @offset, @ingested, @sig, @story, {PostgresTextQuery.Vector("@ft", "@fb")})
            RETURNING key
            """, ct,
            ("id", a.Id), ("origin", a.Origin), ("hash", fingerprint.TextHash), ("urlkey", fingerprint.UrlKey), ("title", a.Title), ("body", a.Text),
            ("url", a.Url?.ToString()), ("source", a.Source), ("published", a.Published), ("language", a.Language), ("offset", a.TextOffset),
            ("ingested", item.IngestedAt), ("sig", MinHash.ToBytes(fingerprint.Signature)), ("story", story),
            ("ft", fingerprint.FoldedTitle), ("fb", fingerprint.FoldedBody)))!;
        await InsertDependentsAsync(connection, transaction, key, story is null ? "UPDATE articles SET story_key = key WHERE key = @k" : null, item, fingerprint, ct);
    }

    private static async Task UpdateArticleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long key, IngestedArticle item, ArticleFingerprint fingerprint, CancellationToken ct)
    {
        var a = item.Article;
        // An article other articles are linked to keeps its story; otherwise the new text may belong elsewhere.
        var isRoot = await ScalarAsync(connection, transaction, "SELECT 1 FROM articles WHERE story_key = @k AND key <> @k LIMIT 1", ct, ("k", key)) is not null;
        var story = isRoot ? key : await FindStoryAsync(connection, transaction, fingerprint, key, ct) ?? key;
        await ExecuteAsync(connection, transaction,
            $"""
            DELETE FROM quotes WHERE article_key = @k;
            DELETE FROM analyses WHERE article_key = @k;
            DELETE FROM story_bands WHERE article_key = @k;
            UPDATE articles SET origin = @origin, text_hash = @hash, url_key = COALESCE(@urlkey, url_key), title = @title, body = @body,
                url = COALESCE(@url, url), source = @source, published = @published, language = @language, text_offset = @offset,
                ingested_at = @ingested, signature = @sig, story_key = @story, version = version + 1,
                search = {PostgresTextQuery.Vector("@ft", "@fb")}
            WHERE key = @k;
            """, ct,
            ("k", key), ("origin", a.Origin), ("hash", fingerprint.TextHash), ("urlkey", fingerprint.UrlKey), ("title", a.Title), ("body", a.Text),
            ("url", a.Url?.ToString()), ("source", a.Source), ("published", a.Published), ("language", a.Language), ("offset", a.TextOffset),
            ("ingested", item.IngestedAt), ("sig", MinHash.ToBytes(fingerprint.Signature)), ("story", story),
            ("ft", fingerprint.FoldedTitle), ("fb", fingerprint.FoldedBody));
        await InsertDependentsAsync(connection, transaction, key, null, item, fingerprint, ct);
    }

    /// <summary>The story of the most similar stored article sharing an LSH band, if similar enough; reads only band matches.</summary>
    private static async Task<long?> FindStoryAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ArticleFingerprint fingerprint, long? self, CancellationToken ct)
    {
        if (fingerprint.BandKeys.Length == 0)
            return null;
        await using var command = Command(connection, transaction,
            """
            SELECT a.key, COALESCE(a.story_key, a.key), a.signature FROM articles a
            WHERE a.key IN (SELECT article_key FROM story_bands WHERE band_key = ANY(@bands)) AND a.key <> @self
            """, ("bands", fingerprint.BandKeys), ("self", self ?? -1L));
        await using var reader = await command.ExecuteReaderAsync(ct);
        long? best = null;
        var bestScore = ArticleFingerprint.SameStoryThreshold;
        while (await reader.ReadAsync(ct))
        {
            var score = MinHash.Similarity(fingerprint.Signature, MinHash.FromBytes(reader.GetFieldValue<byte[]>(2)));
            if (score >= bestScore)
                (best, bestScore) = (reader.GetInt64(1), score);
        }

        return best;
    }

    // Everything that hangs off the article goes in one round trip.
    private static async Task InsertDependentsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long key, string? first, IngestedArticle item, ArticleFingerprint fingerprint, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        if (first is not null)
            batch.BatchCommands.Add(BatchCommand(first, ("k", key)));
        foreach (var analysis in item.Analyses)
        {
            batch.BatchCommands.Add(BatchCommand(
                "INSERT INTO analyses(article_key, profile, relevant, score, analysis) VALUES (@k, @p, @r, @s, @a)",
                ("k", key), ("p", analysis.Relevance.Profile), ("r", analysis.Relevance.IsRelevant), ("s", analysis.Relevance.Score),
                ("a", JsonSerializer.Serialize(analysis))));
        }

        foreach (var quote in item.Analyses.Count > 0 ? item.Analyses[0].Quotes : [])
        {
            var speaker = SpeakerNames.Fold(quote.Speaker);
            batch.BatchCommands.Add(BatchCommand(
                $"""
                INSERT INTO quotes(article_key, speaker, speaker_folded, role, text, kind, start_offset, end_offset, search)
                VALUES (@k, @s, @f, @r, @t, @kind, @start, @end, {PostgresTextQuery.Vector("@f", "@ft")})
                """,
                ("k", key), ("s", quote.Speaker), ("f", speaker), ("r", quote.Role), ("t", quote.Text), ("kind", quote.Kind.ToString().ToLowerInvariant()),
                ("start", quote.Start), ("end", quote.End), ("ft", SpeakerNames.Fold(quote.Text))));
        }

        if (fingerprint.BandKeys.Length > 0)
        {
            batch.BatchCommands.Add(BatchCommand(
                "INSERT INTO story_bands(band_key, article_key) SELECT DISTINCT unnest(@bands), @k ON CONFLICT DO NOTHING",
                ("bands", fingerprint.BandKeys), ("k", key)));
        }

        if (batch.BatchCommands.Count > 0)
            await batch.ExecuteNonQueryAsync(ct);
    }

    /// <inheritdoc />
    public async Task QuarantineAsync(QuarantineEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "INSERT INTO quarantine(origin, error, at) VALUES (@o, @e, @a)", cancellationToken,
            ("o", entry.Origin), ("e", entry.Error), ("a", entry.At));
        if (entry.ContentHash is not null)
            await ExecuteAsync(connection, transaction, MarkProcessedSql, cancellationToken, ("o", entry.Origin), ("h", entry.ContentHash), ("t", entry.At));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<QuarantineEntry>> ListQuarantineAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT origin, error, at FROM quarantine ORDER BY key DESC LIMIT @l", ("l", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<QuarantineEntry>();
        while (await reader.ReadAsync(cancellationToken))
            list.Add(new QuarantineEntry(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)));
        return list;
    }
}
