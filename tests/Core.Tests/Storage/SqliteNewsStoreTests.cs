using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;
using NewsBot.Core.Storage.Sqlite;

namespace NewsBot.Core.Tests.Storage;

/// <summary>The storage contract on a SQLite file in a temporary folder.</summary>
public sealed class SqliteNewsStoreTests : StoreContractTests
{
    protected override Task<string> CreateDatabaseAsync() =>
        Task.FromResult(Path.Combine(Directory.CreateTempSubdirectory("newsbot-store-").FullName, "news.db"));

    protected override INewsDatabase Open(string location) => new SqliteNewsStore(location);

    protected override Task DeleteDatabaseAsync(string location)
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(location)!, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task MigrateAsync_FreshFile_UsesWriteAheadLog()
    {
        var location = await CreateDatabaseAsync();
        try
        {
            await new SqliteNewsStore(location).MigrateAsync(CancellationToken.None);
            await using var check = new SqliteConnection($"Data Source={location}");
            await check.OpenAsync();
            await using var command = check.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        }
        finally
        {
            await DeleteDatabaseAsync(location);
        }
    }

    [Fact]
    public async Task SaveAllAsync_ArticlesWithQuotes_OneFullTextSegmentAndIndexesMatchTheirTables()
    {
        var location = await CreateDatabaseAsync();
        try
        {
            var store = new SqliteNewsStore(location);
            await store.MigrateAsync(CancellationToken.None);
            var batch = Enumerable.Range(0, 10)
                .Select(i => StoreTestData.Item($"s{i}", $"Story {i}", StoreTestData.Story(i, sentences: 2), quotes: [StoreTestData.Said("John Healey", $"Point {i} stands.")], contentHash: "feed1"))
                .ToList();

            await store.SaveAllAsync(batch, CancellationToken.None);
            var rowsAfterBatch = await ScalarAsync(location, "SELECT COUNT(*) FROM articles_fts_data");
            await store.SaveAllAsync(
                [
                    StoreTestData.Item("s10", "Story 10", StoreTestData.Story(10), contentHash: "feed2"),
                    StoreTestData.Item("s3", "Story 3 revised", "The council revised its bridge budget.", quotes: [StoreTestData.Said("John Healey", "Bridges matter.")], contentHash: "feed2"),
                    StoreTestData.Item("s10", "Story 10 revised", "The council revised its pension budget.", contentHash: "feed2"),
                ],
                CancellationToken.None);

            // One leaf segment holds the whole batch, beside the index's structure and averages records; a segment per
            // article (full-text rows written between statements that make FTS5 write out what it holds) gives 12.
            Assert.Equal(3L, rowsAfterBatch);
            // Throws (SQLITE_CORRUPT_VTAB) if an index holds a row its table does not, or misses one it does: an update
            // takes the old text out of an index that must already hold it, whether it was saved by an earlier
            // transaction (s3) or earlier in the same one (s10).
            await ScalarAsync(location, """
                INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1);
                INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1);
                """);
        }
        finally
        {
            await DeleteDatabaseAsync(location);
        }
    }

    private static async Task<object?> ScalarAsync(string location, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={location}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
