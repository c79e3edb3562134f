using Moq;
using NewsBot.Core.Chat;
using NewsBot.Core.Chat.Handlers;
using NewsBot.Core.Feeds;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Feeds;

public class FeedStatusContributorTests
{
    [Fact]
    public async Task Status_FailingFeedAndQuarantinedFeed_BothShown()
    {
        var store = new Mock<INewsStore>();
        store.Setup(s => s.GetStatisticsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new StoreStatistics(3, 1, 2, 1, null));
        store.Setup(s => s.ListQuarantineAsync(It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new QuarantineEntry("https://bad.example/rss", "feed is not well-formed XML: unexpected end", DateTimeOffset.UnixEpoch)]);
        var feeds = new InMemoryFeedStateStore();
        await feeds.UpsertFeedAsync(new FeedState(new Uri("https://bad.example/rss"), 600, false)
        {
            LastAttempt = DateTimeOffset.UnixEpoch, LastError = "timed out", ConsecutiveFailures = 1,
        }, CancellationToken.None);
        await feeds.UpsertFeedAsync(new FeedState(new Uri("https://good.example/rss"), 600, false)
        {
            LastAttempt = DateTimeOffset.UnixEpoch, LastSuccess = DateTimeOffset.UnixEpoch,
        }, CancellationToken.None);

        var answer = await new StatusHandler(store.Object, [new FeedStatusContributor(feeds)])
            .HandleAsync(new ChatRequest("cli", "cli", "cli", "status", ""), CancellationToken.None);

        Assert.Contains(answer.Sections, s => s.Heading == "Recent ingest failures" && s.Body!.Contains("https://bad.example/rss: feed is not well-formed XML", StringComparison.Ordinal));
        var feedSection = Assert.Single(answer.Sections, s => s.Heading == "Feeds");
        Assert.Equal(
            "https://bad.example/rss — failing (1×): timed out; last success never\nhttps://good.example/rss — ok, last success 1970-01-01 00:00:00Z",
            feedSection.Body);
    }

    [Fact]
    public async Task DescribeAsync_NoFeeds_NoSection()
    {
        Assert.Empty(await new FeedStatusContributor(new InMemoryFeedStateStore()).DescribeAsync(CancellationToken.None));
    }
}
