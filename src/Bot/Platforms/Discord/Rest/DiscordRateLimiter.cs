using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace NewsBot.Bot.Platforms.Discord.Rest;

/// <summary>
/// Bucket-aware rate limiting learned from the X-RateLimit-* headers (never hard-coded), plus the global limit.
/// A route's bucket is unknown until its first response; until then the route is its own bucket, and once the
/// X-RateLimit-Bucket hash is known, routes sharing it share one <see cref="RateLimitBucket"/> per major parameter.
/// </summary>
internal sealed class DiscordRateLimiter(TimeProvider clock) : IDisposable
{
    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _globalLock = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private DateTimeOffset _globalUntil;

    /// <summary>
    /// Added to every reset: Discord rounds X-RateLimit-Reset-After to milliseconds, so a request sent exactly at the
    /// computed reset can land a moment early and earn a 429.
    /// </summary>
    public TimeSpan ResetMargin { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Requests a second across all routes; Discord's global limit is 50, kept below to leave room.</summary>
    public int GlobalPerSecond { get; init; } = 45;

    /// <summary>Until when a global 429 holds every request back.</summary>
    public DateTimeOffset GlobalUntil
    {
        get
        {
            lock (_globalLock)
                return _globalUntil;
        }
    }

    /// <summary>The bucket <paramref name="request"/> falls in, entered (its gate held): dispose the lease after the response.</summary>
    public async Task<RateLimitLease> AcquireAsync(DiscordRequest request, CancellationToken cancellationToken)
    {
        var bucket = _buckets.GetOrAdd(KeyOf(request), _ => new RateLimitBucket());
        await bucket.Gate.WaitAsync(cancellationToken);
        return new RateLimitLease(this, bucket, request);
    }

    /// <summary>Waits until the bucket has room and (for <paramref name="global"/> requests) the global limit allows another.</summary>
    internal async Task WaitForRoomAsync(RateLimitBucket bucket, bool global, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = clock.GetUtcNow();
            var until = bucket.Remaining is 0 && bucket.ResetAt > now ? bucket.ResetAt : now;
            lock (_globalLock)
            {
                if (global && _globalUntil > until)
                    until = _globalUntil;
                while (_recent.Count > 0 && _recent.Peek() <= now - TimeSpan.FromSeconds(1))
                    _recent.Dequeue();
                if (global && until <= now && _recent.Count >= GlobalPerSecond)
                    until = _recent.Peek() + TimeSpan.FromSeconds(1);
                if (until <= now)
                {
                    if (global)
                        _recent.Enqueue(now);
                    if (bucket.Remaining is > 0)
                        bucket.Remaining--;
                    return;
                }
            }

            await Task.Delay(until - now, clock, cancellationToken);
            if (bucket.Remaining is 0 && clock.GetUtcNow() >= bucket.ResetAt)
                bucket.Remaining = null;
        }
    }

    /// <summary>Learns the bucket's state from a response's headers.</summary>
    internal void Update(RateLimitBucket bucket, DiscordRequest request, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { } hash)
        {
            _bucketOfRoute[request.Route] = hash;
            _buckets.GetOrAdd(hash + "|" + MajorOf(request.Route), bucket);
        }

        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining))
            bucket.Remaining = remaining;
        if (double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
            bucket.ResetAt = clock.GetUtcNow() + TimeSpan.FromSeconds(resetAfter) + ResetMargin;
    }

    /// <summary>A 429: blocks the bucket, or every route when <paramref name="global"/>, for <paramref name="retryAfter"/>.</summary>
    internal void Limited(RateLimitBucket bucket, TimeSpan retryAfter, bool global)
    {
        var until = clock.GetUtcNow() + retryAfter;
        if (global)
        {
            lock (_globalLock)
            {
                if (until > _globalUntil)
                    _globalUntil = until;
            }

            return;
        }

        bucket.Remaining = 0;
        bucket.ResetAt = until;
    }

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values.Distinct())
            bucket.Dispose();
    }

    private string KeyOf(DiscordRequest request) =>
        _bucketOfRoute.TryGetValue(request.Route, out var hash) ? hash + "|" + MajorOf(request.Route) : request.Route;

    // The major parameter is the first id after channels/guilds/webhooks/interactions: Discord keys limits by it.
    private static string MajorOf(string route)
    {
        var parts = route.Split(' ', '/');
        for (var i = 1; i < parts.Length - 1; i++)
        {
            if (parts[i] is "channels" or "guilds" or "webhooks" or "interactions")
                return parts[i] + "/" + parts[i + 1] + (parts[i] == "webhooks" && i + 2 < parts.Length ? "/" + parts[i + 2] : "");
        }

        return "";
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
