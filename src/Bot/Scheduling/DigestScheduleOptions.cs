namespace NewsBot.Bot.Scheduling;

/// <summary>Daily digests declared in configuration, for any platform (configuration section "Digests").</summary>
public sealed class DigestScheduleOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Digests";

    /// <summary>The channels that get a daily digest, in addition to those subscribed from chat.</summary>
    public List<DigestChannelOptions> Channels { get; } = [];
}
