namespace NewsBot.Core.Storage;

/// <summary>The exactly-once record of digest deliveries. Atomic across instances sharing one database.</summary>
public interface IDeliveryLog
{
    /// <summary>
    /// Claims <paramref name="key"/> for <paramref name="instance"/>: returns null when the claim was made, or the
    /// existing record when someone (perhaps this instance before a crash) already claimed or delivered it.
    /// </summary>
    Task<DeliveryRecord?> TryClaimAsync(string key, string instance, DateTimeOffset at, bool late, CancellationToken cancellationToken);

    /// <summary>Marks a claimed delivery as posted, with the platform's message ids.</summary>
    Task MarkDeliveredAsync(string key, string? messageIds, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Releases a claim whose post certainly failed, so a retry can claim it again.</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken);

    /// <summary>Claims left in Started (a crash between claim and confirmation), oldest first.</summary>
    Task<IReadOnlyList<DeliveryRecord>> ListUnfinishedAsync(CancellationToken cancellationToken);

    /// <summary>The record for <paramref name="key"/>, if any.</summary>
    Task<DeliveryRecord?> GetAsync(string key, CancellationToken cancellationToken);
}
