namespace NewsBot.Core.Storage;

/// <summary>
/// One digest delivery, keyed by an idempotency key (channel + period). Recorded before posting (Started) and
/// after (Delivered), so a crash between the two is found on restart and resolved without a second post.
/// </summary>
/// <param name="Key">The idempotency key, e.g. "discord:123:2025-03-12T08:00Z/2025-03-13T08:00Z".</param>
/// <param name="Status">started or delivered.</param>
/// <param name="Instance">The bot instance that claimed it.</param>
/// <param name="StartedAt">When the claim was made.</param>
public sealed record DeliveryRecord(string Key, DeliveryStatus Status, string Instance, DateTimeOffset StartedAt)
{
    /// <summary>When posting was confirmed.</summary>
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>The platform's message ids, to find (or edit) what was posted.</summary>
    public string? MessageIds { get; init; }

    /// <summary>Posted after its scheduled time (a misfire caught up on start-up).</summary>
    public bool Late { get; init; }
}

/// <summary>Where a delivery stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Claimed; posting may or may not have happened.</summary>
    Started,

    /// <summary>Posted and confirmed.</summary>
    Delivered,
}
