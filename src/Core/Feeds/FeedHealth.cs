using System.Globalization;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Feeds;

/// <summary>One line per feed for /feeds and /status: when it last succeeded and its last error.</summary>
public static class FeedHealth
{
    /// <summary>"URL — ok, last success 2025-06-11 09:42:00Z" or "URL — failing (3×): error; last success never".</summary>
    public static string Describe(FeedState feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var success = feed.LastSuccess?.ToString("u", CultureInfo.InvariantCulture) ?? "never";
        if (feed.LastError is null)
            return feed.LastAttempt is null ? $"{feed.Url} — not polled yet" : $"{feed.Url} — ok, last success {success}";
        return string.Create(CultureInfo.InvariantCulture,
            $"{feed.Url} — failing ({feed.ConsecutiveFailures}×): {feed.LastError}; last success {success}");
    }
}
