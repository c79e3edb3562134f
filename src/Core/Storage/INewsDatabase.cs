namespace NewsBot.Core.Storage;

/// <summary>
/// All store seams on one database, as each implementation (SQLite, PostgreSQL) provides them; the host registers
/// one instance and hands out each seam from it.
/// </summary>
public interface INewsDatabase : INewsStore, IFeedStateStore, ISubscriptionStore, IDeliveryLog, ISpeakerDirectory, IRetentionStore
{
}
