namespace NewsBot.Core.Storage;

/// <summary>A channel's digest subscription: which topic profile, and when (cron in a time zone).</summary>
/// <param name="Platform">discord, slack or webhook kinds such as discord-webhook.</param>
/// <param name="ChannelId">The platform's channel id (or the webhook's name).</param>
/// <param name="Profile">The topic profile's name.</param>
/// <param name="Cron">A Quartz cron expression for the daily digest, e.g. "0 0 8 * * ?".</param>
/// <param name="TimeZone">An IANA time zone id, e.g. Europe/London.</param>
public sealed record ChannelSubscription(string Platform, string ChannelId, string Profile, string Cron, string TimeZone)
{
    /// <summary>Who subscribed it from chat, if anyone.</summary>
    public string? CreatedBy { get; init; }
}
