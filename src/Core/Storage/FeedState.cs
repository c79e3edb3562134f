namespace NewsBot.Core.Storage;

/// <summary>One RSS/Atom feed the bot polls, with what it needs for conditional GET and for /status.</summary>
/// <param name="Url">The feed's address (http or https).</param>
/// <param name="IntervalSeconds">Seconds between polls.</param>
/// <param name="FullText">Whether to fetch each item's linked page when the feed carries only a teaser.</param>
public sealed record FeedState(Uri Url, int IntervalSeconds, bool FullText)
{
    /// <summary>The ETag of the last 200 response, sent as If-None-Match.</summary>
    public string? ETag { get; init; }

    /// <summary>The Last-Modified of the last 200 response, sent as If-Modified-Since.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>When a poll last succeeded (200 or 304).</summary>
    public DateTimeOffset? LastSuccess { get; init; }

    /// <summary>When a poll was last tried.</summary>
    public DateTimeOffset? LastAttempt { get; init; }

    /// <summary>The last poll's error, null after a success.</summary>
    public string? LastError { get; init; }

    /// <summary>Failures since the last success, for backoff.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>Who added it from chat, if anyone (configured feeds have none).</summary>
    public string? AddedBy { get; init; }
}
