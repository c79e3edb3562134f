using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Feeds;
using NewsBot.Bot.Hosting;
using NewsBot.Core.Feeds;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Ingestion;

/// <summary>
/// Polls the RSS/Atom feeds: the configured ones are added to the feed store at start-up (chat-added ones are
/// already there), then every few seconds each due feed (<see cref="FeedSchedule"/>) is polled, a few at a time,
/// each on its own so that one slow or failing feed never holds up the others.
/// </summary>
internal sealed partial class FeedPollService(
    IFeedStateStore feeds, FeedPoller poller, IOptions<FeedOptions> options, TimeProvider clock, ILogger<FeedPollService> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.AllowPrivateAddresses)
            LogPrivateAddressesAllowed();
        try
        {
            await RegisterConfiguredAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await PollDueAsync(stoppingToken);
                await Task.Delay(Tick, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
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

    /// <summary>Polls every feed that is due now; returns how many were polled.</summary>
    internal async Task<int> PollDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = (await feeds.ListFeedsAsync(cancellationToken)).Where(f => FeedSchedule.NextDue(f) <= now).ToList();
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (feed, ct) => await PollOneAsync(feed, ct));
        return due.Count;
    }

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

    [LoggerMessage(EventId = 2110, Level = LogLevel.Warning, Message = "Feeds:AllowPrivateAddresses is on: feeds may reach loopback and private addresses. This is for tests only.")]
    private partial void LogPrivateAddressesAllowed();

    [LoggerMessage(EventId = 2111, Level = LogLevel.Error, Message = "Polling {Feed} crashed")]
    private partial void LogPollCrashed(Exception exception, string feed);
}
