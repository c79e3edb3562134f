namespace NewsBot.Bot.Platforms.Slack.Receiving;

/// <summary>
/// Remembers recently seen delivery keys (envelope ids, event ids, trigger ids) so a redelivery, a retry or the
/// same event on two Socket Mode connections is handled once. Keys expire after <see cref="Window"/>. Thread-safe.
/// </summary>
internal sealed class SlackDeduplicator(TimeProvider clock)
{
    private const int MaxKeys = 20_000;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();

    /// <summary>How long a key is remembered; Slack's retries come within minutes.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(1);

    /// <summary>True the first time <paramref name="key"/> is seen within the window.</summary>
    public bool TryFirst(string key)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            while (_order.Count > 0 && (_order.Peek().At < now - Window || _order.Count > MaxKeys))
            {
                var (old, at) = _order.Dequeue();
                if (_seen.TryGetValue(old, out var stamp) && stamp == at)
                    _seen.Remove(old);
            }

            if (_seen.ContainsKey(key))
                return false;
            _seen[key] = now;
            _order.Enqueue((key, now));
            return true;
        }
    }
}
