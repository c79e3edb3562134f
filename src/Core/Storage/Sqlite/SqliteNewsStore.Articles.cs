using System.Text.Json;
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
    public Task<SaveOutcome> SaveAsync(IngestedArticle item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var fingerprint = ArticleFingerprint.Of(item.Article);
        // One IMMEDIATE transaction: the article, its analyses, quotes, index rows and processed marker appear together or not at all.
        return WriteAsync(async (connection, transaction) =>
        {
            var outcome = await SaveArticleAsync(connection, transaction, item, fingerprint, cancellationToken);
            await MarkProcessedAsync(connection, transaction, item.InputOrigin, item.ContentHash, item.IngestedAt, cancellationToken);
            return outcome;
        }, cancellationToken);
    }

    private static async Task<SaveOutcome> SaveArticleAsync(SqliteConnection connection, SqliteTransaction transaction, IngestedArticle item, ArticleFingerprint fingerprint, CancellationToken ct)
    {
        // The same article: same id (feed GUID, file origin) or, failing that, the same page by its normalised link.
        var existing = await ScalarAsync(connection, transaction, "SELECT key FROM articles WHERE article_id = $id", ct, ("$id", item.Article.Id))
            ?? (fingerprint.UrlKey is null ? null : await ScalarAsync(connection, transaction, "SELECT key FROM articles WHERE url_key = $u LIMIT 1", ct, ("$u", fingerprint.UrlKey)));
        if (await ScalarAsync(connection, transaction, "SELECT key FROM articles WHERE text_hash = $h LIMIT 1", ct, ("$h", fingerprint.TextHash)) is not null)
            return SaveOutcome.Duplicate;
        if (existing is long key)
        {
            await UpdateArticleAsync(connection, transaction, key, item, fingerprint, ct);
            return SaveOutcome.Updated;
        }

        await InsertArticleAsync(connection, transaction, item, fingerprint, ct);
        return SaveOutcome.Inserted;
    }

    private static async Task InsertArticleAsync(SqliteConnection connection, SqliteTransaction transaction, IngestedArticle item, ArticleFingerprint fingerprint, CancellationToken ct)
    {
        var a = item.Article;
        var story = await FindStoryAsync(connection, transaction, fingerprint, null, ct);
        var key = (long)(await ScalarAsync(connection, transaction,
            """
            INSERT INTO articles(article_id, origin, text_hash, url_key, title, body, url, source, published, language, text_offset, ingested_at, signature)
            VALUES ($id, $origin, $hash, $urlkey, $title, $body, $url, $source, $published, $language, $offset, $ingested, $sig) RETURNING key
            """, ct,
            ("$id", a.Id), ("$origin", a.Origin), ("$hash", fingerprint.TextHash), ("$urlkey", fingerprint.UrlKey), ("$title", a.Title), ("$body", a.Text),
            ("$url", a.Url?.ToString()), ("$source", a.Source), ("$published", Format(a.Published)),
            ("$language", a.Language), ("$offset", a.TextOffset), ("$ingested", Format(item.IngestedAt)), ("$sig", MinHash.ToBytes(fingerprint.Signature))))!;
        await ExecuteAsync(connection, transaction, "UPDATE articles SET story_key = COALESCE($s, key) WHERE key = $k; INSERT INTO articles_fts(rowid, title, body) VALUES ($k, $t, $b)", ct,
            ("$k", key), ("$s", story), ("$t", a.Title), ("$b", a.Text));
        await InsertDependentsAsync(connection, transaction, key, item, fingerprint, ct);
    }

    private static async Task UpdateArticleAsync(SqliteConnection connection, SqliteTransaction transaction, long key, IngestedArticle item, ArticleFingerprint fingerprint, CancellationToken ct)
    {
        var a = item.Article;
        // An article other articles are linked to keeps its story; otherwise the new text may belong elsewhere.
        var isRoot = await ScalarAsync(connection, transaction, "SELECT 1 FROM articles WHERE story_key = $k AND key <> $k LIMIT 1", ct, ("$k", key)) is not null;
        var story = isRoot ? key : await FindStoryAsync(connection, transaction, fingerprint, key, ct) ?? key;
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
            INSERT INTO articles_fts(rowid, title, body) VALUES ($k, $title, $body);
            """, ct,
            ("$k", key), ("$origin", a.Origin), ("$hash", fingerprint.TextHash), ("$urlkey", fingerprint.UrlKey), ("$title", a.Title), ("$body", a.Text),
            ("$url", a.Url?.ToString()), ("$source", a.Source), ("$published", Format(a.Published)), ("$language", a.Language),
            ("$offset", a.TextOffset), ("$ingested", Format(item.IngestedAt)), ("$sig", MinHash.ToBytes(fingerprint.Signature)), ("$story", story));
        await InsertDependentsAsync(connection, transaction, key, item, fingerprint, ct);
    }

    /// <summary>The story of the most similar stored article sharing an LSH band, if similar enough; reads only band matches.</summary>
    private static async Task<long?> FindStoryAsync(SqliteConnection connection, SqliteTransaction transaction, ArticleFingerprint fingerprint, long? self, CancellationToken ct)
    {
        if (fingerprint.BandKeys.Length == 0)
            return null;
        var names = fingerprint.BandKeys.Select((_, i) => "$b" + i).ToArray();
        var parameters = fingerprint.BandKeys.Select((b, i) => (names[i], (object?)b)).Append(("$self", self ?? -1)).ToArray();
        await using var command = Command(connection, transaction,
            $"""
            SELECT a.key, a.story_key, a.signature FROM articles a
            WHERE a.key IN (SELECT DISTINCT article_key FROM story_bands WHERE band_key IN ({string.Join(',', names)})) AND a.key <> $self
            """, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        long? best = null;
        var bestScore = ArticleFingerprint.SameStoryThreshold;
        while (await reader.ReadAsync(ct))
        {
            var score = MinHash.Similarity(fingerprint.Signature, MinHash.FromBytes((byte[])reader.GetValue(2)));
            if (score >= bestScore)
            {
                (best, bestScore) = (reader.IsDBNull(1) ? reader.GetInt64(0) : reader.GetInt64(1), score);
            }
        }

        return best;
    }

    private static async Task InsertDependentsAsync(SqliteConnection connection, SqliteTransaction transaction, long key, IngestedArticle item, ArticleFingerprint fingerprint, CancellationToken ct)
    {
        foreach (var analysis in item.Analyses)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO analyses(article_key, profile, relevant, score, analysis) VALUES ($k, $p, $r, $s, $a)", ct,
                ("$k", key), ("$p", analysis.Relevance.Profile), ("$r", analysis.Relevance.IsRelevant ? 1 : 0),
                ("$s", analysis.Relevance.Score), ("$a", JsonSerializer.Serialize(analysis)));
        }

        foreach (var quote in item.Analyses.Count > 0 ? item.Analyses[0].Quotes : [])
        {
            var quoteKey = await ScalarAsync(connection, transaction,
                """
                INSERT INTO quotes(article_key, speaker, speaker_folded, role, text, kind, start_offset, end_offset)
                VALUES ($k, $s, $f, $r, $t, $kind, $start, $end) RETURNING key
                """, ct,
                ("$k", key), ("$s", quote.Speaker), ("$f", SpeakerNames.Fold(quote.Speaker)), ("$r", quote.Role), ("$t", quote.Text),
                ("$kind", quote.Kind.ToString().ToLowerInvariant()), ("$start", quote.Start), ("$end", quote.End));
            await ExecuteAsync(connection, transaction, "INSERT INTO quotes_fts(rowid, speaker, text) VALUES ($k, $s, $t)", ct,
                ("$k", quoteKey), ("$s", quote.Speaker), ("$t", quote.Text));
        }

        if (fingerprint.BandKeys.Length > 0)
        {
            var values = string.Join(',', fingerprint.BandKeys.Select((_, i) => $"($b{i}, $k)"));
            var parameters = fingerprint.BandKeys.Select((b, i) => ("$b" + i, (object?)b)).Append(("$k", key)).ToArray();
            await ExecuteAsync(connection, transaction, $"INSERT OR IGNORE INTO story_bands(band_key, article_key) VALUES {values}", ct, parameters);
        }
    }

    private static Task<int> MarkProcessedAsync(SqliteConnection connection, SqliteTransaction transaction, string origin, string hash, DateTimeOffset at, CancellationToken ct) =>
        ExecuteAsync(connection, transaction,
            "INSERT OR IGNORE INTO processed_inputs(origin, content_hash, processed_at) VALUES ($o, $h, $t)", ct,
            ("$o", origin), ("$h", hash), ("$t", Format(at)));

    /// <inheritdoc />
    public Task QuarantineAsync(QuarantineEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return WriteAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO quarantine(origin, error, at) VALUES ($o, $e, $a)", cancellationToken,
                ("$o", entry.Origin), ("$e", entry.Error), ("$a", Format(entry.At)));
            if (entry.ContentHash is not null)
                await MarkProcessedAsync(connection, transaction, entry.Origin, entry.ContentHash, entry.At, cancellationToken);
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
