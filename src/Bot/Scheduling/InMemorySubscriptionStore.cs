using System.Collections.Concurrent;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Scheduling;

/// <summary>
/// Subscriptions held in this process, forgotten at restart: the fallback while the configured store does not
/// implement <see cref="ISubscriptionStore"/>, and the double of tests. Thread-safe.
/// </summary>
public sealed class InMemorySubscriptionStore : ISubscriptionStore
{
    private readonly ConcurrentDictionary<(string Platform, string Channel, string Profile), ChannelSubscription> _subscriptions = new();

    /// <inheritdoc />
    public Task<IReadOnlyList<ChannelSubscription>> ListSubscriptionsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChannelSubscription>>([.. _subscriptions.Values]);

    /// <inheritdoc />
    public Task UpsertSubscriptionAsync(ChannelSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        _subscriptions[(subscription.Platform, subscription.ChannelId, subscription.Profile)] = subscription;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<int> RemoveSubscriptionAsync(string platform, string channelId, string? profile, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var key in _subscriptions.Keys.Where(k => k.Platform == platform && k.Channel == channelId && (profile is null || k.Profile == profile)))
            removed += _subscriptions.TryRemove(key, out _) ? 1 : 0;
        return Task.FromResult(removed);
    }
}
