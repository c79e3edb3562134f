using Npgsql;

namespace NewsBot.Core.Storage.Postgres;

/// <summary>
/// The exactly-once delivery log: a claim is one INSERT ... ON CONFLICT DO NOTHING, which PostgreSQL makes atomic
/// across instances (a racing claimer waits for the winner's commit, then inserts nothing).
/// </summary>
public sealed partial class PostgresNewsStore
{
    private const string DeliveryColumns = "SELECT key, status, instance, started_at, delivered_at, message_ids, late FROM deliveries";

    /// <inheritdoc />
    public async Task<DeliveryRecord?> TryClaimAsync(string key, string instance, DateTimeOffset at, bool late, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(instance);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        while (true)
        {
            var claimed = await ExecuteAsync(connection, null,
                "INSERT INTO deliveries(key, status, instance, started_at, late) VALUES (@k, 'started', @i, @at, @late) ON CONFLICT (key) DO NOTHING",
                cancellationToken, ("k", key), ("i", instance), ("at", at), ("late", late)) == 1;
            if (claimed)
                return null;
            var existing = await ReadDeliveriesAsync(connection, $"{DeliveryColumns} WHERE key = @k", cancellationToken, ("k", key));
            // Empty only when the holder released its claim between our insert and our read: try to claim again.
            if (existing.Count > 0)
                return existing[0];
        }
    }

    /// <inheritdoc />
    public async Task MarkDeliveredAsync(string key, string? messageIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var updated = await ExecuteAsync(connection, null,
            "UPDATE deliveries SET status = 'delivered', delivered_at = @at, message_ids = @m WHERE key = @k", cancellationToken,
            ("k", key), ("at", at), ("m", messageIds));
        if (updated == 0)
            throw new InvalidOperationException($"No delivery claimed under key '{key}'.");
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // Only an unconfirmed claim can be released: a delivered digest must never be posted again.
        await ExecuteAsync(connection, null, "DELETE FROM deliveries WHERE key = @k AND status = 'started'", cancellationToken, ("k", key));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DeliveryRecord>> ListUnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await ReadDeliveriesAsync(connection, $"{DeliveryColumns} WHERE status = 'started' ORDER BY started_at, key COLLATE \"C\"", cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DeliveryRecord?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var records = await ReadDeliveriesAsync(connection, $"{DeliveryColumns} WHERE key = @k", cancellationToken, ("k", key));
        return records.Count == 0 ? null : records[0];
    }

    private static async Task<IReadOnlyList<DeliveryRecord>> ReadDeliveriesAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<DeliveryRecord>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(new DeliveryRecord(reader.GetString(0), DeliveryStatuses.Parse(reader.GetString(1)), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3))
            {
                DeliveredAt = NullableTime(reader, 4),
                MessageIds = NullableString(reader, 5),
                Late = reader.GetBoolean(6),
            });
        }

        return list;
    }
}
