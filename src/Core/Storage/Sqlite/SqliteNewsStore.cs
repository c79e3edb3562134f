using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with FTS5 indexes over articles and quotes.
/// Each call opens its own pooled connection, so the store is safe to share between threads; several stores (or
/// processes) on one file serialise their writes through SQLite's lock (each write transaction is IMMEDIATE).
/// This file holds the schema and the plumbing; each concern lives in its own partial file.
/// </summary>
public sealed partial class SqliteNewsStore : INewsDatabase, IAsyncDisposable, IDisposable
{
    private readonly string _connectionString;

    // SQLite has one writer at a time anyway; article saves share one connection whose statements stay prepared.
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private SqliteConnection? _writer;
    private SqliteSaveCommands? _saveCommands;

    /// <summary>A store on the SQLite file at <paramref name="path"/> (its folder is created if missing).</summary>
    public SqliteNewsStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, ForeignKeys = true }.ToString();
    }

    /// <inheritdoc />
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", cancellationToken);
        // The version is read inside each migration's write transaction, so two processes migrating at once
        // cannot both apply the same step.
        for (var step = 0; step < SqliteSchema.Migrations.Length; step++)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var current = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken), CultureInfo.InvariantCulture);
            if (current >= SqliteSchema.Migrations.Length)
                break;
            await ExecuteAsync(connection, transaction, SqliteSchema.Migrations[current], cancellationToken);
            await ExecuteAsync(connection, transaction, "INSERT INTO schema_version(version) VALUES ($v)", cancellationToken, ("$v", current + 1));
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _writeGate.WaitAsync();
        _saveCommands?.Dispose();
        if (_writer is not null)
            await _writer.DisposeAsync();
        (_saveCommands, _writer) = (null, null);
        _writeGate.Release();
    }

    /// <inheritdoc />
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(ct);
        return result;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteScalarAsync(ct);
    }

    private static string Format(DateTimeOffset value) => SqliteText.Format(value);

    private static string? Format(DateTimeOffset? value) => SqliteText.Format(value);

    private static DateTimeOffset Parse(string value) => SqliteText.Parse(value);

    private static DateTimeOffset? ParseNullable(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Parse(reader.GetString(ordinal));

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
