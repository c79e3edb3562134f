namespace NewsBot.Bot.Scheduling;

/// <summary>One channel's daily digest from configuration (an entry of "Digests:Channels").</summary>
public sealed class DigestChannelOptions
{
    /// <summary>The platform that posts it: console, discord or slack (or a platform's webhook kind).</summary>
    public string Platform { get; set; } = "";

    /// <summary>The platform's channel id.</summary>
    public string ChannelId { get; set; } = "";

    /// <summary>The topic profile; the default profile when empty.</summary>
    public string? Profile { get; set; }

    /// <summary>A Quartz cron expression (seconds first), e.g. "0 0 8 * * ?" for 08:00 every day.</summary>
    public string Cron { get; set; } = "0 0 8 * * ?";

    /// <summary>The IANA time zone the cron expression is read in, e.g. Europe/London.</summary>
    public string TimeZone { get; set; } = "UTC";
}
