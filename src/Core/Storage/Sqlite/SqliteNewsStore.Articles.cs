using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage.Dedup;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>Saving articles: exact duplicates, new versions, story linking, processed inputs and quarantine.</summary>
public sealed partial class SqliteNewsStore
{
    /// <inheritdoc />
    public async Task<bool> IsProcessedAsync(string origin, string contentHash, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ScalarAsync(connection, null, "SELECT 1 FROM processed_inputs WHERE origin = $o AND content_hash = $h", cancellationToken,
            ("$o", origin), ("$h", contentHash)) is not null;
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
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var (connection, commands) = await WriterAsync(cancellationToken);
            // One IMMEDIATE transaction: the articles, their analyses, quotes, index rows and processed markers appear
            // together or not at all.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            commands.Enlist(transaction);
            var outcomes = new List<SaveOutcome>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                outcomes.Add(await SaveArticleAsync(connection, transaction, commands, items[i], fingerprints[i], cancellationToken));
                await commands.MarkProcessedAsync(items[i].InputOrigin, items[i].ContentHash, items[i].IngestedAt, cancellationToken);
            }

            await commands.IndexPendingAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return outcomes;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>The story <paramref name="article"/> would join if saved now; for the benchmark to time the lookup alone.</summary>
    internal async Task<long?> FindStoryForAsync(Articles.Article article, CancellationToken cancellationToken)
    {
        var fingerprint = ArticleFingerprint.Of(article);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var (_, commands) = await WriterAsync(cancellationToken);
            commands.Enlist(null);
            return await commands.FindStoryAsync(fingerprint, null, cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    // Called under the write gate.
    private async Task<(SqliteConnection, SqliteSaveCommands)> WriterAsync(CancellationToken ct)
    {
        if (_writer is null)
        {
            _writer = await OpenAsync(ct);
            // The writer touches every index of a growing file: a 64 MiB page cache (the default is 2 MiB) keeps the
            // hot B-tree and full-text pages in memory between saves, and sorting or temporary index work stays off disk.
            await ExecuteAsync(_writer, null, "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;", ct);
        }

        _saveCommands ??= new SqliteSaveCommands(_writer);
        return (_writer, _saveCommands);
    }

    private static async Task<SaveOutcome> SaveArticleAsync(SqliteConnection connection, SqliteTransaction transaction, SqliteSaveCommands commands, IngestedArticle item, ArticleFingerprint fingerprint, CancellationToken ct)
    {
        // The same article: same id (feed GUID, file origin) or, failing that, the same page by its normalised link.
        var existing = await commands.FindExistingAsync(item.Article.Id, fingerprint.UrlKey, ct);
        if (await commands.HasTextAsync(fingerprint.TextHash, ct))
            return SaveOutcome.Duplicate;
        if (existing is { } key)
        {
            // The update takes the old text out of the full-text index, which must hold it by then.
            if (commands.HoldsPendingIndex(key))
                await commands.IndexPendingAsync(ct);
            await UpdateArticleAsync(connection, transaction, commands, key, item, fingerprint, ct);
            return SaveOutcome.Updated;
        }

        var story = await commands.FindStoryAsync(fingerprint, null, ct);
        var inserted = await commands.InsertArticleAsync(item, fingerprint, story, ct);
        await commands.InsertDependentsAsync(inserted, item, fingerprint, ct);
        return SaveOutcome.Inserted;
    }

    private static async Task UpdateArticleAsync(SqliteConnection connection, SqliteTransaction transaction, SqliteSaveCommands commands, long key, IngestedArticle item, ArticleFingerprint fingerprint, CancellationToken ct)
    {
        var a = item.Article;
        // An article other articles are linked to keeps its story; otherwise the new text may belong elsewhere.
        var isRoot = await ScalarAsync(connection, transaction, "SELECT 1 FROM articles WHERE story_key = $k AND key <> $k LIMIT 1", ct, ("$k", key)) is not null;
        var story = isRoot ? null : await commands.FindStoryAsync(fingerprint, key, ct);
        await ExecuteAsync(connection, transaction,
            """
            INSERT INTO quotes_fts(quotes_fts, rowid, speaker, text) SELECT 'delete', key, speaker, text FROM quotes WHERE article_key = $k;
            INSERT INTO articles_fts(articles_fts, rowid, title, body) SELECT 'delete', key, title, body FROM articles WHERE key = $k;
            DELETE FROM quotes WHERE article_key = $k;
            DELETE FROM analyses WHERE article_key = $k;
            DELETE FROM story_bands WHERE article_key = $k;
            UPDATE articles SET origin = $origin, text_hash = $hash, url_key = COALESCE($urlkey, url_key), title = $title, body = $body,
                url = COALESCE($url, url), source = $source, published = $published, language = $language, text_offset = $offset,
                ingested_at = $ingested, signature = $sig, story_key = $story, version = version + 1
            WHERE key = $k;
            """, ct,
            ("$k", key), ("$origin", a.Origin), ("$hash", fingerprint.TextHash), ("$urlkey", fingerprint.UrlKey), ("$title", a.Title), ("$body", a.Text),
            ("$url", a.Url?.ToString()), ("$source", a.Source), ("$published", Format(a.Published)), ("$language", a.Language),
            ("$offset", a.TextOffset), ("$ingested", Format(item.IngestedAt)), ("$sig", MinHash.ToBytes(fingerprint.Signature)), ("$story", story));
        commands.QueueArticleIndex(key, a.Title, a.Text);
        await commands.InsertDependentsAsync(key, item, fingerprint, ct);
    }

    /// <inheritdoc />
    public Task QuarantineAsync(QuarantineEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return WriteAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO quarantine(origin, error, at) VALUES ($o, $e, $a)", cancellationToken,
                ("$o", entry.Origin), ("$e", entry.Error), ("$a", Format(entry.At)));
            if (entry.ContentHash is not null)
            {
                await ExecuteAsync(connection, transaction,
                    "INSERT OR IGNORE INTO processed_inputs(origin, content_hash, processed_at) VALUES ($o, $h, $t)", cancellationToken,
                    ("$o", entry.Origin), ("$h", entry.ContentHash), ("$t", Format(entry.At)));
            }

            return 0;
        }, cancellationToken);
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
}
