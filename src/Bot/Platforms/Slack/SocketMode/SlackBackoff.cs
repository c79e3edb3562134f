namespace NewsBot.Bot.Platforms.Slack.SocketMode;

/// <summary>
/// Exponential backoff with jitter: after the n-th consecutive failure wait base·2^(n-1), capped, times a random
/// factor in [0.5, 1), so many instances cut off together do not reconnect in lockstep.
/// </summary>
internal static class SlackBackoff
{
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan max, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var exponent = Math.Clamp(failures - 1, 0, 20);
        var ceiling = Math.Min(max.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + random.NextDouble() / 2));
    }
}
