using Npgsql;

namespace NewsBot.Core.Storage.Postgres;

/// <summary>
/// The shared store for several bot instances: PostgreSQL with tsvector full-text search (GIN indexes), LSH band
/// lookup for near duplicates, and unique constraints that keep racing instances from storing an article twice or
/// claiming a delivery twice. Thread-safe: every call takes its own pooled connection from one data source.
/// This file holds migrations and plumbing; each concern lives in its own partial file.
/// </summary>
public sealed partial class PostgresNewsStore : INewsDatabase, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>A store on the database named by <paramref name="connectionString"/>.</summary>
    public PostgresNewsStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <inheritdoc />
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // A session advisory lock: instances starting together wait here, and each then sees the others' work.
        await ExecuteAsync(connection, null, "SELECT pg_advisory_lock(@k)", cancellationToken, ("k", PostgresSchema.MigrationLock));
        try
        {
            await ExecuteAsync(connection, null,
                "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", cancellationToken);
            var current = (int)(await ScalarAsync(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken))!;
            for (var version = current + 1; version <= PostgresSchema.Migrations.Length; version++)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, PostgresSchema.Migrations[version - 1], cancellationToken);
                await ExecuteAsync(connection, transaction, "INSERT INTO schema_version(version) VALUES (@v)", cancellationToken, ("v", version));
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await ExecuteAsync(connection, null, "SELECT pg_advisory_unlock(@k)", CancellationToken.None, ("k", PostgresSchema.MigrationLock));
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => _dataSource.Dispose();

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
            command.Parameters.Add(Parameter(name, value));
        return command;
    }

    private static NpgsqlBatchCommand BatchCommand(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
            command.Parameters.Add(Parameter(name, value));
        return command;
    }

    // timestamptz takes only UTC values; every time goes in as UTC.
    private static NpgsqlParameter Parameter(string name, object? value) => value switch
    {
        null => new NpgsqlParameter(name, DBNull.Value),
        DateTimeOffset time => new NpgsqlParameter(name, time.ToUniversalTime()),
        _ => new NpgsqlParameter(name, value),
    };

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

    private static DateTimeOffset? NullableTime(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
