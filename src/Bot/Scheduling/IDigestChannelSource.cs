using NewsBot.Core.Storage;

namespace NewsBot.Bot.Scheduling;

/// <summary>
/// A platform's own configured digest channels (e.g. Discord:Channels, Slack:Channels with profile, cron and time
/// zone), scheduled alongside "Digests:Channels" and the chat subscriptions. Register one per platform.
/// </summary>
public interface IDigestChannelSource
{
    /// <summary>The platform's configured daily digests.</summary>
    IEnumerable<ChannelSubscription> ConfiguredDigests { get; }
}
