using Npgsql;
using NewsBot.Core.Storage;
using NewsBot.Core.Storage.Postgres;
using NewsBot.Tests.Support;

namespace NewsBot.Core.Tests.Storage;

/// <summary>The storage contract on a real PostgreSQL server (a fresh database per test).</summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresNewsStoreTests(PostgresServer server) : StoreContractTests
{
    protected override Task<string> CreateDatabaseAsync() => server.CreateDatabaseAsync();

    protected override INewsDatabase Open(string location) => new PostgresNewsStore(location);

    [Fact]
    public async Task MigrateAsync_Fresh_CreatesNoSchedulerTables()
    {
        var location = await server.CreateDatabaseAsync();
        await using var store = new PostgresNewsStore(location);

        await store.MigrateAsync(CancellationToken.None);

        // The scheduler's tables belong to the scheduler (src/Bot/Scheduling), not to the store.
        var tables = await QueryAsync<string>(location, "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
        Assert.Contains("articles", tables);
        Assert.DoesNotContain(tables, t => t.StartsWith("qrtz_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MigrateAsync_SeveralInstances_EachVersionRecordedOnce()
    {
        var location = await server.CreateDatabaseAsync();
        var stores = Enumerable.Range(0, 3).Select(_ => new PostgresNewsStore(location)).ToList();

        await Task.WhenAll(stores.Select(s => s.MigrateAsync(CancellationToken.None)));
        await stores[0].MigrateAsync(CancellationToken.None);

        var versions = await QueryAsync<int>(location, "SELECT version FROM schema_version ORDER BY version");
        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
        Assert.True(versions.Count >= 2);
        foreach (var store in stores)
            await store.DisposeAsync();
    }

    [Fact]
    public async Task SaveAsync_ArticleText_IndexedWithGinSearchVector()
    {
        var location = await server.CreateDatabaseAsync();
        await using var store = new PostgresNewsStore(location);
        await store.MigrateAsync(CancellationToken.None);

        var indexes = await QueryAsync<string>(location, "SELECT indexdef FROM pg_indexes WHERE tablename IN ('articles', 'quotes') AND indexdef LIKE '%gin%' ORDER BY 1");

        Assert.Equal(2, indexes.Count);
    }

    private static async Task<List<T>> QueryAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<T>();
        while (await reader.ReadAsync())
            list.Add(reader.GetFieldValue<T>(0));
        return list;
    }
}
