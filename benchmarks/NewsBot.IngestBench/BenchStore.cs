using Microsoft.Data.Sqlite;
using Npgsql;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Core.Storage.Postgres;
using NewsBot.Core.Storage.Sqlite;

namespace NewsBot.IngestBench;

/// <summary>A fresh, migrated store for one run (a new SQLite file or a new PostgreSQL database), removed afterwards.</summary>
internal sealed class BenchStore : IAsyncDisposable
{
    private readonly Func<Task> _cleanup;
    private readonly Func<Article, Task<long?>> _probe;

    private BenchStore(INewsStore store, Func<Article, Task<long?>> probe, Func<Task> cleanup)
    {
        Store = store;
        _probe = probe;
        _cleanup = cleanup;
    }

    public INewsStore Store { get; }

    public Task<long?> FindStoryAsync(Article article) => _probe(article);

    public static async Task<BenchStore> CreateAsync(string kind, string? postgresAdmin)
    {
        BenchStore bench;
        if (kind == "sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("newsbot-bench-").FullName;
            var store = new SqliteNewsStore(Path.Combine(folder, "bench.db"));
            bench = new BenchStore(store, a => store.FindStoryForAsync(a, CancellationToken.None), () =>
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
                return Task.CompletedTask;
            });
        }
        else
        {
            var admin = postgresAdmin ?? throw new InvalidOperationException("--postgres (or NEWSBOT_BENCH_POSTGRES) must give an admin connection string.");
            var name = "bench_" + Guid.NewGuid().ToString("N")[..12];
            await AdminAsync(admin, $"CREATE DATABASE {name}");
            var store = new PostgresNewsStore(new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString);
            bench = new BenchStore(store, a => store.FindStoryForAsync(a, CancellationToken.None), async () =>
            {
                await store.DisposeAsync();
                await AdminAsync(admin, $"DROP DATABASE {name} WITH (FORCE)");
            });
        }

        await bench.Store.MigrateAsync(CancellationToken.None);
        return bench;
    }

    public async ValueTask DisposeAsync() => await _cleanup();

    private static async Task AdminAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
