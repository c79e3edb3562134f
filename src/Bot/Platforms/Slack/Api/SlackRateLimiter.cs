namespace NewsBot.Bot.Platforms.Slack.Api;

/// <summary>
/// Keeps the bot inside Slack's limits: a method answered 429 is paused for its Retry-After, and posts to one
/// channel go one at a time, each starting at least <see cref="ChannelInterval"/> after the previous one finished
/// (about one message a second). Measuring from the finish, not the start, keeps the spacing Slack sees at a second
/// even when requests are slowed in transit; one at a time keeps a digest's parts in order. Thread-safe.
/// </summary>
internal sealed class SlackRateLimiter(TimeProvider clock) : IDisposable
{
    private readonly TimeProvider _clock = clock;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _methodBlockedUntil = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChannelTurn> _channels = new(StringComparer.Ordinal);

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
        var until = _clock.GetUtcNow() + retryAfter;
        lock (_gate)
        {
            if (until > _methodBlockedUntil.GetValueOrDefault(method))
                _methodBlockedUntil[method] = until;
        }
    }

    /// <summary>
    /// Waits for <paramref name="channel"/>'s turn; dispose the result when the post is finished (or failed) to
    /// start the interval before the next one.
    /// </summary>
    public async Task<IDisposable> AcquireChannelAsync(string channel, CancellationToken cancellationToken)
    {
        ChannelTurn turn;
        lock (_gate)
        {
            if (!_channels.TryGetValue(channel, out turn!))
                _channels[channel] = turn = new ChannelTurn(this);
        }

        await turn.Gate.WaitAsync(cancellationToken);
        return turn;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var turn in _channels.Values)
                turn.Gate.Dispose();
            _channels.Clear();
        }
    }

    private Task DelayUntil(DateTimeOffset until, CancellationToken cancellationToken)
    {
        var wait = until - _clock.GetUtcNow();
        return wait > TimeSpan.Zero ? Task.Delay(wait, _clock, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>
    /// One channel's queue: a gate the next post waits on. Disposing ends the current turn: the interval starts then,
    /// on the finishing caller's thread, and the gate opens when it ends. (The next poster reading the clock itself,
    /// after it got the gate, raced a clock moved in between, and its wait could start late.)
    /// </summary>
    private sealed class ChannelTurn(SlackRateLimiter owner) : IDisposable
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public void Dispose() =>
            Task.Delay(owner.ChannelInterval, owner._clock).ContinueWith(
                static (_, state) => Open((SemaphoreSlim)state!), Gate, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        private static void Open(SemaphoreSlim gate)
        {
            try
            {
                gate.Release();
            }
            catch (ObjectDisposedException)
            {
                // The limiter was disposed during the interval: no one waits any more.
            }
        }
    }
}
