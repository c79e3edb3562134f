namespace NewsBot.Bot.Platforms.Slack.Api;

/// <summary>
/// Keeps the bot inside Slack's limits: a method answered 429 is paused for its Retry-After, and posts to one
/// channel are spaced (about one message a second). Slots are reserved in call order, so waiting is fair. Thread-safe.
/// </summary>
internal sealed class SlackRateLimiter(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _methodBlockedUntil = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _channelNextSlot = new(StringComparer.Ordinal);

    /// <summary>The spacing between two messages to the same channel.</summary>
    public TimeSpan ChannelInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Waits until <paramref name="method"/> is no longer paused by a 429.</summary>
    public Task WaitForMethodAsync(string method, CancellationToken cancellationToken)
    {
        DateTimeOffset until;
        lock (_gate)
            until = _methodBlockedUntil.GetValueOrDefault(method);
        return DelayUntil(until, cancellationToken);
    }

    /// <summary>Pauses <paramref name="method"/> for <paramref name="retryAfter"/> (a 429's Retry-After).</summary>
    public void Block(string method, TimeSpan retryAfter)
    {
        var until = clock.GetUtcNow() + retryAfter;
        lock (_gate)
        {
            if (until > _methodBlockedUntil.GetValueOrDefault(method))
                _methodBlockedUntil[method] = until;
        }
    }

    /// <summary>Reserves the next posting slot for <paramref name="channel"/> and waits for it.</summary>
    public Task WaitForChannelAsync(string channel, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset slot;
        lock (_gate)
        {
            slot = _channelNextSlot.GetValueOrDefault(channel);
            if (slot < now)
                slot = now;
            _channelNextSlot[channel] = slot + ChannelInterval;
        }

        return DelayUntil(slot, cancellationToken);
    }

    private Task DelayUntil(DateTimeOffset until, CancellationToken cancellationToken)
    {
        var wait = until - clock.GetUtcNow();
        return wait > TimeSpan.Zero ? Task.Delay(wait, clock, cancellationToken) : Task.CompletedTask;
    }
}
