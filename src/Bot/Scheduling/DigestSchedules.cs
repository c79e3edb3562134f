using Microsoft.Extensions.Options;
using NewsBot.Core.Analysis;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Scheduling;

/// <summary>Every daily digest that should be scheduled: the "Digests:Channels" configuration plus the chat subscriptions.</summary>
public sealed class DigestSchedules(ISubscriptionStore subscriptions, IOptions<DigestScheduleOptions> options, ProfileCatalog profiles)
{
    /// <summary>The wanted digests, one per platform + channel + profile (a chat subscription overrides configuration).</summary>
    public async Task<IReadOnlyList<ChannelSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<string, ChannelSubscription>(StringComparer.Ordinal);
        foreach (var channel in options.Value.Channels)
        {
            var target = new ChannelSubscription(channel.Platform, channel.ChannelId, channel.Profile ?? profiles.Default.Profile.Name, channel.Cron, channel.TimeZone);
            wanted[Key(target)] = target;
        }

        foreach (var subscription in await subscriptions.ListSubscriptionsAsync(cancellationToken))
            wanted[Key(subscription)] = subscription;
        return [.. wanted.Values.OrderBy(Key, StringComparer.Ordinal)];
    }

    private static string Key(ChannelSubscription s) => JobKeys.Digest(s.Platform, s.ChannelId, s.Profile).Name;
}
