namespace NewsBot.Core.Storage.Postgres;

public sealed partial class PostgresNewsStore : IRetentionStore
{
    /// <inheritdoc />
    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // Quotes, analyses and story bands go with their article (ON DELETE CASCADE).
        var count = Convert.ToInt32(await ScalarAsync(connection, null,
            "WITH removed AS (DELETE FROM articles WHERE ingested_at < @c RETURNING key) SELECT COUNT(*) FROM removed", cancellationToken, ("c", cutoff)),
            System.Globalization.CultureInfo.InvariantCulture);
        return count;
    }
}
