using NewsBot.Bot.Scheduling;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Tests.Scheduling;

/// <summary>
/// The delivery log the clustered nodes share. MERGE NOTE: once the PostgreSQL store is merged, return it here:
/// <c>var store = new PostgresNewsStore(connectionString); await store.MigrateAsync(CancellationToken.None); return store;</c>
/// (checked on a scratch merge with the storage branch: the cluster tests pass with it). Until then the nodes
/// share one in-process log; the tests also count job executions per node, so Quartz's own exactly-once firing is
/// checked independently of the log.
/// </summary>
internal static class ClusterDeliveryLog
{
    public static Task<IDeliveryLog> CreateAsync(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        return Task.FromResult<IDeliveryLog>(new InMemoryDeliveryLog());
    }
}
