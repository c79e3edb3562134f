using NewsBot.Core.Storage;
using NewsBot.Core.Storage.Postgres;

namespace NewsBot.Bot.Tests.Scheduling;

/// <summary>The delivery log the clustered nodes share: the real PostgreSQL store on the test database.</summary>
internal static class ClusterDeliveryLog
{
    public static async Task<IDeliveryLog> CreateAsync(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var store = new PostgresNewsStore(connectionString);
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }
}
