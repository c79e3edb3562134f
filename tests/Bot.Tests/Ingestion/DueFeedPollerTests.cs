using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Feeds;
using NewsBot.Bot.Hosting;
using NewsBot.Core.Ingestion;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Tests.Ingestion;

public sealed class DueFeedPollerTests : IAsyncLifetime
{
    private TestFeedServer _server = null!;

    public async Task InitializeAsync() => _server = await TestFeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static DueFeedPoller Service(FeedTestHost host, FeedOptions options, TimeProvider clock) =>
        new(host.Feeds, host.Poller, Options.Create(options), clock, NullLogger<DueFeedPoller>.Instance);

    [Fact]
    public async Task PollDueAsync_FailingFeedBesideHealthy_HealthyStoredFailingRecorded()
    {
        await using var host = FeedTestHost.Create();
        await host.Feeds.UpsertFeedAsync(new FeedState(_server.Url("/error.xml"), 60, false), CancellationToken.None);
        await host.Feeds.UpsertFeedAsync(new FeedState(_server.Url("/gzip.xml"), 60, false), CancellationToken.None);

        using var service = Service(host, new FeedOptions(), TimeProvider.System);
        var polled = await service.PollDueAsync(CancellationToken.None);

        Assert.Equal(2, polled);
        var states = (await host.Feeds.ListFeedsAsync(CancellationToken.None)).ToDictionary(f => f.Url.AbsolutePath);
        Assert.Equal(("HTTP 500 Internal Server Error", 1), (states["/error.xml"].LastError, states["/error.xml"].ConsecutiveFailures));
        Assert.Null(states["/error.xml"].LastSuccess);
        Assert.Null(states["/gzip.xml"].LastError);
        Assert.NotNull(states["/gzip.xml"].LastSuccess);
        Assert.Equal(1, await host.ArticleCountAsync());
    }

    [Fact]
    public async Task PollDueAsync_FeedNotDue_NotPolledUntilItsIntervalPasses()
    {
        await using var host = FeedTestHost.Create();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await host.Feeds.UpsertFeedAsync(new FeedState(_server.Url("/gzip.xml"), 600, false) { LastAttempt = clock.GetUtcNow() }, CancellationToken.None);
        using var service = Service(host, new FeedOptions(), clock);

        Assert.Equal(0, await service.PollDueAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(600));
        Assert.Equal(1, await service.PollDueAsync(CancellationToken.None));
        Assert.Equal(1, _server.HitsOn("/gzip.xml"));
    }

    [Fact]
    public async Task RegisterConfiguredAsync_ConfiguredUrls_AddedAndExistingStateKept()
    {
        await using var host = FeedTestHost.Create();
        var success = DateTimeOffset.UnixEpoch;
        await host.Feeds.UpsertFeedAsync(new FeedState(new Uri("https://a.example/rss"), 60, false) { LastSuccess = success, ETag = "\"x\"" }, CancellationToken.None);
        var options = new FeedOptions
        {
            Urls = [new FeedUrlOptions { Url = "https://a.example/rss", IntervalSeconds = 300 }, new FeedUrlOptions { Url = "https://b.example/atom", FullText = true }],
        };

        using var service = Service(host, options, TimeProvider.System);
        await service.RegisterConfiguredAsync(CancellationToken.None);

        var feeds = (await host.Feeds.ListFeedsAsync(CancellationToken.None)).ToDictionary(f => f.Url.Host);
        Assert.Equal((300, "\"x\"", (DateTimeOffset?)success), (feeds["a.example"].IntervalSeconds, feeds["a.example"].ETag, feeds["a.example"].LastSuccess));
        Assert.True(feeds["b.example"].FullText);
    }

    [Fact]
    public async Task PollDueFeedsAsync_ConfiguredFeed_RegisteredAndPolledOnFirstPass()
    {
        await using var host = FeedTestHost.Create(o => o.Urls = [new FeedUrlOptions { Url = _server.Url("/gzip.xml").AbsoluteUri, IntervalSeconds = 60 }]);
        var poller = host.Services.GetRequiredService<IFeedPoller>();

        await poller.PollDueFeedsAsync(CancellationToken.None);

        var feed = Assert.Single(await host.Feeds.ListFeedsAsync(CancellationToken.None));
        Assert.NotNull(feed.LastSuccess);
        Assert.Equal(1, await host.ArticleCountAsync());
    }

    [Fact]
    public async Task PollDueAsync_TwoDriversAtOnce_EachFeedPolledOnce()
    {
        await using var host = FeedTestHost.Create();
        await host.Feeds.UpsertFeedAsync(new FeedState(_server.Url("/slowish.xml"), 60, false), CancellationToken.None);
        var poller = host.Services.GetRequiredService<DueFeedPoller>();

        var counts = await Task.WhenAll(poller.PollDueAsync(CancellationToken.None), poller.PollDueAsync(CancellationToken.None));

        Assert.Equal(1, counts.Sum());
        Assert.Equal(1, _server.HitsOn("/slowish.xml"));
    }
}
