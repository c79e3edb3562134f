using NewsBot.Bot.Scheduling;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Tests.Scheduling;

/// <summary>
/// The delivery log the clustered nodes share. MERGE NOTE: point this at the PostgreSQL store's IDeliveryLog on
/// <paramref name="connectionString"/> once it is merged (e.g. a migrated PostgresNewsStore). Until then the nodes
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
