using System.Collections.Concurrent;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Feed state kept in memory: the fallback when the configured store does not keep feed state, and a real
/// implementation for tests. Not shared between instances and lost at exit. Thread-safe.
/// </summary>
public sealed class InMemoryFeedStateStore : IFeedStateStore
{
    private readonly ConcurrentDictionary<Uri, FeedState> _feeds = new();

    /// <inheritdoc />
    public Task<IReadOnlyList<FeedState>> ListFeedsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FeedState>>(_feeds.Values.ToList());

    /// <inheritdoc />
    public Task UpsertFeedAsync(FeedState feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        _feeds[feed.Url] = feed;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> RemoveFeedAsync(Uri url, CancellationToken cancellationToken) => Task.FromResult(_feeds.TryRemove(url, out _));
}
