namespace NewsBot.Bot.Platforms.Slack.SocketMode;

/// <summary>Timings of the Socket Mode client; the defaults suit Slack, tests shorten them.</summary>
internal sealed record SlackSocketTuning
{
    /// <summary>How often the client pings the server when the line is quiet.</summary>
    public TimeSpan PingInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a ping may go unanswered before the connection counts as dead.</summary>
    public TimeSpan PongTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait for hello after connecting.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The first reconnection delay; it doubles per consecutive failure up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan BaseBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest reconnection delay.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);
}
