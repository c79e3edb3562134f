namespace NewsBot.Bot.Scheduling;

/// <summary>What one attempt to deliver a digest did.</summary>
public enum DeliveryOutcome
{
    /// <summary>Posted on time.</summary>
    Posted,

    /// <summary>Posted after its scheduled time (a misfire caught up), marked late.</summary>
    PostedLate,

    /// <summary>Already posted by this or another instance: nothing done.</summary>
    AlreadyDelivered,

    /// <summary>Claimed earlier but never confirmed (a crash between posting and recording): not re-posted, reported in /status.</summary>
    InDoubt,
}
