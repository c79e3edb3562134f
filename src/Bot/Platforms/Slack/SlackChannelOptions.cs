namespace NewsBot.Bot.Platforms.Slack;

/// <summary>One Slack channel the bot serves: its topic profile and its daily digest (section "Slack:Channels:N").</summary>
public sealed class SlackChannelOptions
{
    /// <summary>The channel id (C..., G... or D...), not its name: names change, ids do not.</summary>
    public string Id { get; set; } = "";

    /// <summary>The topic profile answers and digests in this channel follow; empty for the default profile.</summary>
    public string? Profile { get; set; }

    /// <summary>A Quartz cron expression for the daily digest (e.g. "0 0 8 * * ?"); empty for no digest.</summary>
    public string? DigestCron { get; set; }

    /// <summary>The IANA time zone the cron is read in (e.g. Europe/London).</summary>
    public string TimeZone { get; set; } = "UTC";
}
