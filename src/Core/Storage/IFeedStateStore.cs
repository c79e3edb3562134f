namespace NewsBot.Core.Storage;

/// <summary>The feeds the bot polls and how each last went. Shared by all instances.</summary>
public interface IFeedStateStore
{
    /// <summary>Every feed, configured or added from chat.</summary>
    Task<IReadOnlyList<FeedState>> ListFeedsAsync(CancellationToken cancellationToken);

    /// <summary>Adds a feed or replaces its state (keyed by URL).</summary>
    Task UpsertFeedAsync(FeedState feed, CancellationToken cancellationToken);

    /// <summary>Removes a feed; false when it was not there.</summary>
    Task<bool> RemoveFeedAsync(Uri url, CancellationToken cancellationToken);
}
