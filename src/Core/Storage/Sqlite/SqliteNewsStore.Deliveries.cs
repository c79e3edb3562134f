using Microsoft.Data.Sqlite;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>The exactly-once delivery log: a claim is one INSERT OR IGNORE, so of several claimers exactly one wins.</summary>
public sealed partial class SqliteNewsStore
{
    private const string DeliveryColumns = "SELECT key, status, instance, started_at, delivered_at, message_ids, late FROM deliveries";

    /// <inheritdoc />
    public async Task<DeliveryRecord?> TryClaimAsync(string key, string instance, DateTimeOffset at, bool late, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(instance);
        await using var connection = await OpenAsync(cancellationToken);
        // The insert and the read-back share one write transaction, so a release cannot slip between them.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await ExecuteAsync(connection, transaction,
            "INSERT OR IGNORE INTO deliveries(key, status, instance, started_at, late) VALUES ($k, 'started', $i, $at, $late)", cancellationToken,
            ("$k", key), ("$i", instance), ("$at", Format(at)), ("$late", late ? 1 : 0)) == 1;
        var existing = claimed ? null : (await ReadDeliveriesAsync(connection, transaction, $"{DeliveryColumns} WHERE key = $k", cancellationToken, ("$k", key)))[0];
        await transaction.CommitAsync(cancellationToken);
        return existing;
    }

    /// <inheritdoc />
    public async Task MarkDeliveredAsync(string key, string? messageIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var updated = await ExecuteAsync(connection, null,
            "UPDATE deliveries SET status = 'delivered', delivered_at = $at, message_ids = $m WHERE key = $k", cancellationToken,
            ("$k", key), ("$at", Format(at)), ("$m", messageIds));
        if (updated == 0)
            throw new InvalidOperationException($"No delivery claimed under key '{key}'.");
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // Only an unconfirmed claim can be released: a delivered digest must never be posted again.
        await ExecuteAsync(connection, null, "DELETE FROM deliveries WHERE key = $k AND status = 'started'", cancellationToken, ("$k", key));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DeliveryRecord>> ListUnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadDeliveriesAsync(connection, null, $"{DeliveryColumns} WHERE status = 'started' ORDER BY started_at, key", cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DeliveryRecord?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var records = await ReadDeliveriesAsync(connection, null, $"{DeliveryColumns} WHERE key = $k", cancellationToken, ("$k", key));
        return records.Count == 0 ? null : records[0];
    }

    private static async Task<IReadOnlyList<DeliveryRecord>> ReadDeliveriesAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<DeliveryRecord>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(new DeliveryRecord(reader.GetString(0), DeliveryStatuses.Parse(reader.GetString(1)), reader.GetString(2), Parse(reader.GetString(3)))
            {
                DeliveredAt = ParseNullable(reader, 4),
                MessageIds = NullableString(reader, 5),
                Late = reader.GetInt64(6) != 0,
            });
        }

        return list;
    }
}
