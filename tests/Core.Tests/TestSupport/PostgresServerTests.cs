using Npgsql;
using NewsBot.Tests.Support;

namespace NewsBot.Core.Tests.TestSupport;

[Collection(PostgresGroup.Name)]
public sealed class PostgresServerTests(PostgresServer server)
{
    [Fact]
    public async Task CreateDatabaseAsync_TwoCalls_GiveIsolatedDatabases()
    {
        var first = await server.CreateDatabaseAsync();
        var second = await server.CreateDatabaseAsync();

        await using (var connection = new NpgsqlConnection(first))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE marker (id int)", connection);
            await create.ExecuteNonQueryAsync();
        }

        await using var other = new NpgsqlConnection(second);
        await other.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT to_regclass('public.marker') IS NOT NULL", other);
        Assert.NotEqual(first, second);
        Assert.False((bool)(await exists.ExecuteScalarAsync())!);
    }
}
