using System.Globalization;
using NewsBot.Core.Digests;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Scheduling;

/// <summary>The idempotency key of one digest: platform, channel, profile and period, e.g. "discord:123:coalition:2025-03-12T08:00:00Z/2025-03-13T08:00:00Z".</summary>
public static class DeliveryKey
{
    /// <summary>The key of <paramref name="target"/>'s digest for <paramref name="period"/>.</summary>
    public static string For(ChannelSubscription target, DigestPeriod period)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(period);
        return string.Create(CultureInfo.InvariantCulture,
            $"{target.Platform}:{target.ChannelId}:{target.Profile}:{period.From.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}/{period.To.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");
    }
}
