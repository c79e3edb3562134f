using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Operations;

/// <summary>
/// Per-user and per-channel token buckets on commands and mentions, so one user (or one busy channel) cannot flood
/// the bot or, through it, the platform. The buckets are replaced by full ones every minute on the injected clock
/// (a window per minute; the runtime's own replenishment reads the wall clock, which tests cannot move), so memory
/// follows the users active in the current minute. Thread-safe.
/// </summary>
public sealed class CommandRateLimiter : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);
    private ConcurrentDictionary<string, TokenBucketRateLimiter> _buckets = new(StringComparer.Ordinal);
    private readonly OperationsOptions _options;
    private readonly ITimer _refill;

    /// <summary>A limiter with the configured limits, refilled on <paramref name="clock"/>.</summary>
    public CommandRateLimiter(IOptions<OperationsOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _options = options.Value;
        _refill = clock.CreateTimer(_ => Refill(), null, Period, Period);
    }

    /// <summary>Null when <paramref name="request"/> may go ahead (its permits are taken), else the refusal to send.</summary>
    public ChatAnswer? TryAcquire(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The operator at the console's keyboard is not a crowd to protect the bot from.
        if (request.Platform is "console" or "cli")
            return null;

        // The user's own limit first, so a flooding user does not use up the channel's allowance.
        if (!Take($"user:{request.Platform}:{request.UserId}", _options.UserCommandsPerMinute))
        {
            NewsBotMetrics.CommandThrottled(request.Platform, "user");
            return Refusal(string.Create(CultureInfo.InvariantCulture, $"You've sent more than {_options.UserCommandsPerMinute} requests in a minute."));
        }

        if (!Take($"channel:{request.Platform}:{request.ChannelId}", _options.ChannelCommandsPerMinute))
        {
            NewsBotMetrics.CommandThrottled(request.Platform, "channel");
            return Refusal(string.Create(CultureInfo.InvariantCulture, $"This channel has sent more than {_options.ChannelCommandsPerMinute} requests in a minute."));
        }

        return null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _refill.Dispose();
        foreach (var bucket in _buckets.Values)
            bucket.Dispose();
    }

    private bool Take(string key, int perMinute)
    {
        var bucket = Volatile.Read(ref _buckets).GetOrAdd(key, _ => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = perMinute,
            ReplenishmentPeriod = Period,
            AutoReplenishment = false,
            QueueLimit = 0,
        }));
        try
        {
            using var lease = bucket.AttemptAcquire();
            return lease.IsAcquired;
        }
        catch (ObjectDisposedException)
        {
            // The window turned over between finding the bucket and using it: this request opens the new window.
            return true;
        }
    }

    private void Refill()
    {
        var spent = Interlocked.Exchange(ref _buckets, new ConcurrentDictionary<string, TokenBucketRateLimiter>(StringComparer.Ordinal));
        foreach (var bucket in spent.Values)
            bucket.Dispose();
    }

    private static ChatAnswer Refusal(string why) =>
        ChatAnswer.Text("Slow down", $"{why} Please wait a minute and ask again.", ephemeral: true);
}
