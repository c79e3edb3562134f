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
}
