using NewsBot.Bot.Scheduling;
using NewsBot.Core.Storage;
using NewsBot.Core.Storage.Sqlite;

namespace NewsBot.Soak;

/// <summary>
/// The store under test. PostgreSQL is found by name (NewsBot.Core.Storage.Postgres.PostgresNewsStore with a
/// connection-string constructor) so this run needs no change once the PostgreSQL store is merged. The delivery log
/// is the store itself when it implements <see cref="IDeliveryLog"/>, else an in-process log (and the run says so).
/// </summary>
internal static class SoakStores
{
    public static INewsStore Create(string provider, string folder)
    {
        if (provider == "sqlite")
            return new SqliteNewsStore(Path.Combine(folder, "soak.db"));
        var connection = Environment.GetEnvironmentVariable("NEWSBOT_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set NEWSBOT_TEST_POSTGRES to a PostgreSQL connection string (e.g. source .ci/start-postgres.sh).");
        var type = typeof(INewsStore).Assembly.GetType("NewsBot.Core.Storage.Postgres.PostgresNewsStore")
            ?? throw new InvalidOperationException("This build has no PostgreSQL store (NewsBot.Core.Storage.Postgres.PostgresNewsStore); run with --store sqlite.");
        return (INewsStore)Activator.CreateInstance(type, connection)!;
    }

    public static (IDeliveryLog Log, bool InMemory) DeliveryLog(INewsStore store) =>
        store is IDeliveryLog log ? (log, false) : (new InMemoryDeliveryLog(), true);
}
