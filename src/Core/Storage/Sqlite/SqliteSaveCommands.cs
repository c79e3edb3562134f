using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage.Dedup;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// The statements one article save runs, prepared once on the store's writer connection and reused for every
/// article: preparing (parsing and planning) the dozen statements of a save would otherwise cost about as much as
/// running them. Not thread-safe: the store uses it under its write gate only.
/// </summary>
internal sealed class SqliteSaveCommands : IDisposable
{
    private readonly List<SqliteCommand> _all = [];
    private readonly SqliteCommand _byId;
    private readonly SqliteCommand _byUrl;
    private readonly SqliteCommand _byText;
    private readonly SqliteCommand _story;
    private readonly SqliteCommand _insertArticle;
    private readonly SqliteCommand _indexArticle;
    private readonly SqliteCommand _insertAnalysis;
    private readonly SqliteCommand _insertQuote;
    private readonly SqliteCommand _indexQuote;
    private readonly SqliteCommand _insertBands;
    private readonly SqliteCommand _markProcessed;

    // Full-text rows wait here until the transaction's other writes are done (see IndexPendingAsync).
    private readonly List<(long Key, string Title, string Body)> _pendingArticles = [];
    private readonly List<(long Key, string Speaker, string Text)> _pendingQuotes = [];

    public SqliteSaveCommands(SqliteConnection connection)
    {
        SqliteCommand Prepare(string sql, params string[] names)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in names)
                command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            _all.Add(command);
            return command;
        }

        var bandNames = Enumerable.Range(0, MinHash.Bands).Select(i => "$b" + i).ToArray();
        _byId = Prepare("SELECT key FROM articles WHERE article_id = $id", "$id");
        _byUrl = Prepare("SELECT key FROM articles WHERE url_key = $u LIMIT 1", "$u");
        _byText = Prepare("SELECT key FROM articles WHERE text_hash = $h LIMIT 1", "$h");
        _story = Prepare(
            $"""
            SELECT a.key, COALESCE(a.story_key, a.key), a.signature FROM articles a
            WHERE a.key IN (SELECT article_key FROM story_bands WHERE band_key IN ({string.Join(',', bandNames)})) AND a.key <> $self
            """, [.. bandNames, "$self"]);
        _insertArticle = Prepare(
            """
            INSERT INTO articles(article_id, origin, text_hash, url_key, title, body, url, source, published, language, text_offset, ingested_at, signature, story_key)
            VALUES ($id, $origin, $hash, $urlkey, $title, $body, $url, $source, $published, $language, $offset, $ingested, $sig, $story) RETURNING key
            """, "$id", "$origin", "$hash", "$urlkey", "$title", "$body", "$url", "$source", "$published", "$language", "$offset", "$ingested", "$sig", "$story");
        _indexArticle = Prepare("INSERT INTO articles_fts(rowid, title, body) VALUES ($k, $t, $b)", "$k", "$t", "$b");
        _insertAnalysis = Prepare("INSERT INTO analyses(article_key, profile, relevant, score, analysis) VALUES ($k, $p, $r, $s, $a)", "$k", "$p", "$r", "$s", "$a");
        _insertQuote = Prepare(
            """
            INSERT INTO quotes(article_key, speaker, speaker_folded, role, text, kind, start_offset, end_offset)
            VALUES ($k, $s, $f, $r, $t, $kind, $start, $end) RETURNING key
            """, "$k", "$s", "$f", "$r", "$t", "$kind", "$start", "$end");
        _indexQuote = Prepare("INSERT INTO quotes_fts(rowid, speaker, text) VALUES ($k, $s, $t)", "$k", "$s", "$t");
        _insertBands = Prepare(
            $"INSERT OR IGNORE INTO story_bands(band_key, article_key) VALUES {string.Join(',', bandNames.Select(b => $"({b}, $k)"))}", [.. bandNames, "$k"]);
        _markProcessed = Prepare("INSERT OR IGNORE INTO processed_inputs(origin, content_hash, processed_at) VALUES ($o, $h, $t)", "$o", "$h", "$t");
    }

    /// <summary>
    /// Runs the following calls inside <paramref name="transaction"/> (null: none); full-text rows left pending by a
    /// transaction that never reached <see cref="IndexPendingAsync"/> (it failed) are dropped with it.
    /// </summary>
    public void Enlist(SqliteTransaction? transaction)
    {
        ClearPending();
        foreach (var command in _all)
            command.Transaction = transaction;
    }

    /// <summary>
    /// Writes the full-text rows queued since the last call. FTS5 gathers a transaction's new rows in memory and writes
    /// them as one index segment at commit, but any statement that opens a statement savepoint (an insert with a
    /// trigger or a foreign key, a multi-row insert) makes it write out what it holds first. Interleaved with those
    /// statements, every article became a segment of its own, and merging those segments cost more than indexing
    /// the text. So the rows are written last, together, just before commit, and before anything that reads or
    /// deletes full-text rows of an article saved earlier in the same transaction (see <see cref="HoldsPendingIndex"/>).
    /// </summary>
    public async Task IndexPendingAsync(CancellationToken ct)
    {
        foreach (var (key, title, body) in _pendingArticles)
        {
            Bind(_indexArticle, key, title, body);
            await _indexArticle.ExecuteNonQueryAsync(ct);
        }

        foreach (var (key, speaker, text) in _pendingQuotes)
        {
            Bind(_indexQuote, key, speaker, text);
            await _indexQuote.ExecuteNonQueryAsync(ct);
        }

        ClearPending();
    }

    /// <summary>
    /// Whether article <paramref name="key"/>'s full-text rows (its own, its quotes') are still queued: taking them out of
    /// the index, as an update does, needs them written first. An article saved by an earlier transaction is indexed.
    /// </summary>
    public bool HoldsPendingIndex(long key) => _pendingArticles.Exists(pending => pending.Key == key);

    public async Task<long?> FindExistingAsync(string articleId, string? urlKey, CancellationToken ct) =>
        await ScalarAsync(_byId, ct, articleId) as long?
        ?? (urlKey is null ? null : await ScalarAsync(_byUrl, ct, urlKey) as long?);

    public async Task<bool> HasTextAsync(string textHash, CancellationToken ct) => await ScalarAsync(_byText, ct, textHash) is not null;

    /// <summary>The story of the most similar stored article sharing an LSH band, if similar enough; reads only band matches.</summary>
    public async Task<long?> FindStoryAsync(ArticleFingerprint fingerprint, long? self, CancellationToken ct)
    {
        if (fingerprint.BandKeys.Length != MinHash.Bands)
            return null;
        Bind(_story, [.. fingerprint.BandKeys.Cast<object?>(), self ?? -1L]);
        await using var reader = await _story.ExecuteReaderAsync(ct);
        long? best = null;
        var bestScore = ArticleFingerprint.SameStoryThreshold;
        while (await reader.ReadAsync(ct))
        {
            var score = MinHash.Similarity(fingerprint.Signature, MinHash.FromBytes((byte[])reader.GetValue(2)));
            if (score >= bestScore)
                (best, bestScore) = (reader.GetInt64(1), score);
        }

        return best;
    }

    /// <summary>Inserts the article row and queues its full-text entry; a null <paramref name="story"/> means its own story.</summary>
    public async Task<long> InsertArticleAsync(IngestedArticle item, ArticleFingerprint fingerprint, long? story, CancellationToken ct)
    {
        var a = item.Article;
        var key = (long)(await ScalarAsync(_insertArticle, ct,
            a.Id, a.Origin, fingerprint.TextHash, fingerprint.UrlKey, a.Title, a.Text, a.Url?.ToString(), a.Source, SqliteText.Format(a.Published),
            a.Language, a.TextOffset, SqliteText.Format(item.IngestedAt), MinHash.ToBytes(fingerprint.Signature), story))!;
        QueueArticleIndex(key, a.Title, a.Text);
        return key;
    }

    /// <summary>Queues the full-text entry of article <paramref name="key"/> (see <see cref="IndexPendingAsync"/>).</summary>
    public void QueueArticleIndex(long key, string title, string body) => _pendingArticles.Add((key, title, body));

    /// <summary>The article's analyses, quotes (full-text entries queued) and LSH band rows.</summary>
    public async Task InsertDependentsAsync(long key, IngestedArticle item, ArticleFingerprint fingerprint, CancellationToken ct)
    {
        foreach (var analysis in item.Analyses)
        {
            Bind(_insertAnalysis, key, analysis.Relevance.Profile, analysis.Relevance.IsRelevant ? 1 : 0, analysis.Relevance.Score, JsonSerializer.Serialize(analysis));
            await _insertAnalysis.ExecuteNonQueryAsync(ct);
        }

        foreach (var quote in item.Analyses.Count > 0 ? item.Analyses[0].Quotes : [])
        {
            var quoteKey = await ScalarAsync(_insertQuote, ct, key, quote.Speaker, SpeakerNames.Fold(quote.Speaker), quote.Role, quote.Text,
                quote.Kind.ToString().ToLowerInvariant(), quote.Start, quote.End);
            _pendingQuotes.Add(((long)quoteKey!, quote.Speaker, quote.Text));
        }

        if (fingerprint.BandKeys.Length == MinHash.Bands)
        {
            Bind(_insertBands, [.. fingerprint.BandKeys.Cast<object?>(), key]);
            await _insertBands.ExecuteNonQueryAsync(ct);
        }
    }

    public Task<int> MarkProcessedAsync(string origin, string hash, DateTimeOffset at, CancellationToken ct)
    {
        Bind(_markProcessed, origin, hash, SqliteText.Format(at));
        return _markProcessed.ExecuteNonQueryAsync(ct);
    }

    public void Dispose()
    {
        foreach (var command in _all)
            command.Dispose();
    }

    private void ClearPending()
    {
        _pendingArticles.Clear();
        _pendingQuotes.Clear();
    }

    private static Task<object?> ScalarAsync(SqliteCommand command, CancellationToken ct, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteScalarAsync(ct);
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
