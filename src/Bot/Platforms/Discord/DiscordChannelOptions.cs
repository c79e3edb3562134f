namespace NewsBot.Bot.Platforms.Discord;

/// <summary>One channel that follows a topic profile and gets a daily digest.</summary>
public sealed class DiscordChannelOptions
{
    /// <summary>The channel id (a snowflake), or "webhook:NAME" for a configured webhook.</summary>
    public string Id { get; set; } = "";

    /// <summary>The topic profile the channel follows; empty for the default profile.</summary>
    public string? Profile { get; set; }

    /// <summary>A Quartz cron expression for the digest, e.g. "0 0 8 ? * MON-FRI"; empty for no digest.</summary>
    public string? DigestCron { get; set; }

    /// <summary>The IANA time zone the cron expression is read in.</summary>
    public string TimeZone { get; set; } = "UTC";
}
