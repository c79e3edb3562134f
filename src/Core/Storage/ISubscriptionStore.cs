namespace NewsBot.Core.Storage;

/// <summary>Channel digest subscriptions set from chat (/subscribe, /unsubscribe). Shared by all instances.</summary>
public interface ISubscriptionStore
{
    /// <summary>Every subscription.</summary>
    Task<IReadOnlyList<ChannelSubscription>> ListSubscriptionsAsync(CancellationToken cancellationToken);

    /// <summary>Adds or replaces a channel's subscription (keyed by platform + channel + profile).</summary>
    Task UpsertSubscriptionAsync(ChannelSubscription subscription, CancellationToken cancellationToken);

    /// <summary>Removes a channel's subscriptions (all profiles when <paramref name="profile"/> is null); returns how many.</summary>
    Task<int> RemoveSubscriptionAsync(string platform, string channelId, string? profile, CancellationToken cancellationToken);
}
