namespace NewsBot.Bot.Platforms.Discord.Gateway;

/// <summary>Exponential backoff with jitter, so a fleet of shards does not reconnect in lockstep after an outage.</summary>
internal sealed class ReconnectBackoff(TimeSpan min, TimeSpan max, Func<double> random)
{
    /// <summary>The delay before attempt <paramref name="failures"/> + 1: min·2^failures capped at max, then 50-100% of it.</summary>
    public TimeSpan Next(int failures)
    {
        var ceiling = Math.Min(max.TotalMilliseconds, min.TotalMilliseconds * Math.Pow(2, Math.Min(failures, 20)));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (random() * 0.5)));
    }

    /// <summary>Discord asks for a random 1-5 s wait before identifying after an invalid session; scaled by min (1 s by default).</summary>
    public TimeSpan AfterInvalidSession() => TimeSpan.FromMilliseconds(min.TotalMilliseconds * (1 + (random() * 4)));
}
