using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Hosting;
using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Core.Ingestion;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Feeds;

/// <summary>
/// Polls one feed: conditional GET, parse, each new or changed item ingested (with its full text when the feed
/// asks for it and the item is a teaser), and the feed's new state returned. Never throws for a feed's own
/// failure: a network error, an HTTP error or a broken feed becomes LastError and one more ConsecutiveFailures;
/// a broken feed document is also quarantined (once per distinct content).
/// </summary>
internal sealed partial class FeedPoller(
    FeedFetcher fetcher, INewsStore store, ArticleIngestor ingestor, IOptions<FeedOptions> options, TimeProvider clock, ILogger<FeedPoller> logger)
{
    public async Task<FeedState> PollAsync(FeedState feed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var origin = feed.Url.AbsoluteUri;
        try
        {
            var fetched = await fetcher.FetchAsync(feed.Url, feed.ETag, feed.LastModified, cancellationToken);
            if (fetched.NotModified)
                return Succeeded(feed, now);
            var hash = TextHash.OfBytes(fetched.Body);
            FeedDocument document;
            try
            {
                document = FeedParser.Parse(fetched.Body, feed.Url, fetched.Charset, options.Value.MaxFeedBytes);
            }
            catch (InvalidDataException e)
            {
                if (!await store.IsProcessedAsync(origin, hash, cancellationToken))
                    await store.QuarantineAsync(new QuarantineEntry(origin, e.Message, now) { ContentHash = hash }, cancellationToken);
                return Failed(feed, now, e.Message);
            }

            // The feed's new items are saved together (one transaction per ArticlesPerTransaction items), each
            // still marked processed on its own.
            var report = IngestReport.Empty;
            var batch = new List<IngestInput>();
            foreach (var item in document.Items)
            {
                if (await ReadItemAsync(feed, document, item, cancellationToken) is not { } input)
                    continue;
                batch.Add(input);
                if (batch.Count >= ArticleIngestor.ArticlesPerTransaction)
                {
                    report = report.Add(await ingestor.IngestAllAsync(batch, cancellationToken));
                    batch.Clear();
                }
            }

            report = report.Add(await ingestor.IngestAllAsync(batch, cancellationToken));
            if (report.Stored + report.Quarantined > 0)
                LogPolled(origin, report.Stored, report.Duplicates, report.Quarantined);
            return Succeeded(feed, now) with { ETag = fetched.ETag, LastModified = fetched.LastModified };
        }
        catch (Exception e) when (e is FeedFetchException or HttpRequestException or IOException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
                                      || e is Polly.Timeout.TimeoutRejectedException)
        {
            var reason = e is OperationCanceledException or Polly.Timeout.TimeoutRejectedException ? "timed out" : e.Message;
            LogPollFailed(origin, reason);
            return Failed(feed, now, reason);
        }
    }

    // The item as an input to ingest; null when it was processed before.
    private async Task<IngestInput?> ReadItemAsync(FeedState feed, FeedDocument document, FeedItem item, CancellationToken cancellationToken)
    {
        var itemOrigin = feed.Url.AbsoluteUri + "#" + item.Key;
        var itemHash = TextHash.OfBytes(Encoding.UTF8.GetBytes(string.Join('\u001f', item.Title, item.Link, item.Published, item.Summary, item.Content)));
        if (await store.IsProcessedAsync(itemOrigin, itemHash, cancellationToken))
            return null;
        ArticleReadResult read;
        try
        {
            var fullText = feed.FullText && item.Link is not null && FeedArticles.IsTeaser(item)
                ? await FullTextAsync(item.Link, cancellationToken)
                : null;
            read = ArticleReadResult.Ok(itemOrigin, [FeedArticles.ToArticle(document, item, feed.Url.AbsoluteUri, fullText)]);
        }
        catch (InvalidDataException e)
        {
            read = ArticleReadResult.Fail(itemOrigin, e.Message);
        }

        return new IngestInput(read, itemOrigin, itemHash);
    }

    // A page that cannot be fetched or read leaves the teaser in place: the item is still news.
    private async Task<string?> FullTextAsync(Uri link, CancellationToken cancellationToken)
    {
        try
        {
            var page = await fetcher.FetchAsync(link, null, null, cancellationToken);
            return FullTextExtractor.Extract(link, FeedText.Decode(page.Body, page.Charset));
        }
        catch (Exception e) when (e is FeedFetchException or HttpRequestException or IOException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
                                      || e is Polly.Timeout.TimeoutRejectedException)
        {
            LogFullTextFailed(link.AbsoluteUri, e.Message);
            return null;
        }
    }

    private static FeedState Succeeded(FeedState feed, DateTimeOffset now) =>
        feed with { LastAttempt = now, LastSuccess = now, LastError = null, ConsecutiveFailures = 0 };

    private static FeedState Failed(FeedState feed, DateTimeOffset now, string error) =>
        feed with { LastAttempt = now, LastError = error, ConsecutiveFailures = feed.ConsecutiveFailures + 1 };

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Polled {Feed}: {Stored} stored, {Duplicates} duplicates, {Quarantined} quarantined")]
    private partial void LogPolled(string feed, int stored, int duplicates, int quarantined);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Feed {Feed} failed: {Reason}")]
    private partial void LogPollFailed(string feed, string reason);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Full text of {Page} unavailable, keeping the teaser: {Reason}")]
    private partial void LogFullTextFailed(string page, string reason);
}
