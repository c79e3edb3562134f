namespace NewsBot.Core.Storage.Sqlite;

public sealed partial class SqliteNewsStore : IRetentionStore
{
    /// <inheritdoc />
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var old = ("$c", (object?)Format(cutoff));
            var count = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM articles WHERE ingested_at < $c", cancellationToken, old),
                System.Globalization.CultureInfo.InvariantCulture);
            if (count == 0)
                return 0;
            // The full-text tables keep external content: each removed row is deleted from its index explicitly.
            await ExecuteAsync(connection, transaction,
                """
                INSERT INTO quotes_fts(quotes_fts, rowid, speaker, text)
                    SELECT 'delete', q.key, q.speaker, q.text FROM quotes q JOIN articles a ON a.key = q.article_key WHERE a.ingested_at < $c;
                INSERT INTO articles_fts(articles_fts, rowid, title, body) SELECT 'delete', key, title, body FROM articles WHERE ingested_at < $c;
                DELETE FROM quotes WHERE article_key IN (SELECT key FROM articles WHERE ingested_at < $c);
                DELETE FROM analyses WHERE article_key IN (SELECT key FROM articles WHERE ingested_at < $c);
                DELETE FROM story_bands WHERE article_key IN (SELECT key FROM articles WHERE ingested_at < $c);
                DELETE FROM articles WHERE ingested_at < $c;
                """, cancellationToken, old);
            return count;
        }, cancellationToken);
}
