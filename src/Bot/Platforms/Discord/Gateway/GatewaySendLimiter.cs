namespace NewsBot.Bot.Platforms.Discord.Gateway;

/// <summary>
/// Keeps one connection under Discord's 120 sends per 60 s (past it the connection is closed). The last few slots
/// of each window are kept for heartbeats, so a burst of other sends can never starve the heartbeat.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider clock)
{
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();

    public int Limit { get; init; } = 120;

    public int ReservedForHeartbeats { get; init; } = 5;

    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Waits for a slot and takes it.</summary>
    public async Task WaitAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = clock.GetUtcNow();
                while (_sent.Count > 0 && _sent.Peek() <= now - Window)
                    _sent.Dequeue();
                var allowed = heartbeat ? Limit : Limit - ReservedForHeartbeats;
                if (_sent.Count < allowed)
                {
                    _sent.Enqueue(now);
                    return;
                }

                wait = _sent.ElementAt(_sent.Count - allowed) + Window - now;
            }

            await Task.Delay(wait, clock, cancellationToken);
        }
    }
}
