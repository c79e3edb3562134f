using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Hosting;
using NewsBot.Core.Feeds;
using NewsBot.Core.Ingestion;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Feeds;

/// <summary>
/// One pass over the feeds: each feed that is due (<see cref="FeedSchedule"/>) is polled, a few at a time, each on
/// its own so that one slow or failing feed never holds up the others. Whoever drives it (the background loop or a
/// scheduler job) may call it concurrently: a pass that finds another one running returns at once.
/// </summary>
internal sealed partial class DueFeedPoller(
    IFeedStateStore feeds, FeedPoller poller, IOptions<FeedOptions> options, TimeProvider clock, ILogger<DueFeedPoller> logger) : IFeedPoller, IDisposable
{
    private readonly SemaphoreSlim _pass = new(1, 1);
    private int _registered;

    /// <inheritdoc />
    public async Task PollDueFeedsAsync(CancellationToken cancellationToken) => await PollDueAsync(cancellationToken);

    /// <summary>Polls every feed that is due now; returns how many were polled (0 when another pass is running).</summary>
    public async Task<int> PollDueAsync(CancellationToken cancellationToken)
    {
        if (!await _pass.WaitAsync(0, cancellationToken))
            return 0;
        try
        {
            if (Interlocked.Exchange(ref _registered, 1) == 0)
                await RegisterConfiguredAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var due = (await feeds.ListFeedsAsync(cancellationToken)).Where(f => FeedSchedule.NextDue(f) <= now).ToList();
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
                async (feed, ct) => await PollOneAsync(feed, ct));
            return due.Count;
        }
        finally
        {
            _pass.Release();
        }
    }

    /// <summary>Adds configured feeds that are missing and applies configured intervals; keeps their poll state.</summary>
    internal async Task RegisterConfiguredAsync(CancellationToken cancellationToken)
    {
        var known = (await feeds.ListFeedsAsync(cancellationToken)).ToDictionary(f => f.Url);
        foreach (var configured in options.Value.Urls)
        {
            var url = new Uri(configured.Url);
            var state = known.TryGetValue(url, out var existing)
                ? existing with { IntervalSeconds = configured.IntervalSeconds, FullText = configured.FullText }
                : new FeedState(url, configured.IntervalSeconds, configured.FullText);
            if (state != existing)
                await feeds.UpsertFeedAsync(state, cancellationToken);
        }
    }

    public void Dispose() => _pass.Dispose();

    private async Task PollOneAsync(FeedState feed, CancellationToken cancellationToken)
    {
        try
        {
            var updated = await poller.PollAsync(feed, cancellationToken);
            // A feed removed from chat while it was being polled stays removed.
            var current = await feeds.ListFeedsAsync(cancellationToken);
            if (current.Any(f => f.Url == feed.Url))
                await feeds.UpsertFeedAsync(updated, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The poller turns a feed's failures into state; anything reaching here is a bug or a store failure.
            LogPollCrashed(e, feed.Url.AbsoluteUri);
        }
    }

    [LoggerMessage(EventId = 2111, Level = LogLevel.Error, Message = "Polling {Feed} crashed")]
    private partial void LogPollCrashed(Exception exception, string feed);
}
