using Microsoft.Extensions.Options;
using NewsBot.Core.Analysis;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Scheduling;

/// <summary>
/// Every daily digest that should be scheduled: the "Digests:Channels" configuration, the platforms' own configured
/// channels, then the chat subscriptions (which win for the same platform + channel + profile).
/// </summary>
public sealed class DigestSchedules(
    ISubscriptionStore subscriptions, IOptions<DigestScheduleOptions> options, ProfileCatalog profiles, IEnumerable<IDigestChannelSource> sources)
{
    /// <summary>Schedules from configuration and the store only.</summary>
    public DigestSchedules(ISubscriptionStore subscriptions, IOptions<DigestScheduleOptions> options, ProfileCatalog profiles)
        : this(subscriptions, options, profiles, [])
    {
    }

    /// <summary>The wanted digests, one per platform + channel + profile (a chat subscription overrides configuration).</summary>
    public async Task<IReadOnlyList<ChannelSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<string, ChannelSubscription>(StringComparer.Ordinal);
        foreach (var channel in options.Value.Channels)
        {
            var target = new ChannelSubscription(channel.Platform, channel.ChannelId, channel.Profile ?? profiles.Default.Profile.Name, channel.Cron, channel.TimeZone);
            wanted[Key(target)] = target;
        }

        foreach (var configured in sources.SelectMany(s => s.ConfiguredDigests))
            wanted[Key(configured)] = configured;
        foreach (var subscription in await subscriptions.ListSubscriptionsAsync(cancellationToken))
            wanted[Key(subscription)] = subscription;
        return [.. wanted.Values.OrderBy(Key, StringComparer.Ordinal)];
    }

    private static string Key(ChannelSubscription s) => JobKeys.Digest(s.Platform, s.ChannelId, s.Profile).Name;
}
