using NewsBot.Core.Storage;

namespace NewsBot.Core.Feeds;

/// <summary>
/// When a feed is next due: its interval after the last attempt while healthy; after failures, the interval
/// doubled per consecutive failure (capped at six hours, never below a minute), so a dead feed is retried less
/// and less often while the others keep their pace.
/// </summary>
public static class FeedSchedule
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(6);
    private static readonly TimeSpan MinBackoff = TimeSpan.FromMinutes(1);

    /// <summary>The time <paramref name="feed"/> should next be polled.</summary>
    public static DateTimeOffset NextDue(FeedState feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (feed.LastAttempt is not { } last)
            return DateTimeOffset.MinValue;
        var interval = TimeSpan.FromSeconds(Math.Max(1, feed.IntervalSeconds));
        if (feed.ConsecutiveFailures == 0)
            return last + interval;
        var factor = Math.Pow(2, Math.Min(feed.ConsecutiveFailures - 1, 16));
        var backoff = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Max(MinBackoff.TotalSeconds, interval.TotalSeconds * factor)));
        return last + backoff;
    }
}
