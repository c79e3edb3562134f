using NewsBot.Core.Articles;
using NewsBot.Core.Storage.Dedup;

namespace NewsBot.Core.Storage.Postgres;

/// <summary>The near-duplicate lookup on its own, so the ingest benchmark can time it as the store grows.</summary>
public sealed partial class PostgresNewsStore
{
    /// <summary>The story <paramref name="article"/> would join if saved now; null when it would start its own.</summary>
    internal async Task<long?> FindStoryForAsync(Article article, CancellationToken cancellationToken)
    {
        var fingerprint = ArticleFingerprint.Of(article);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        return await FindStoryAsync(connection, transaction, fingerprint, null, cancellationToken);
    }
}
