using System.Net;
using NewsBot.Core.Chat;
using NewsBot.Core.Chat.Handlers;
using NewsBot.Core.Feeds;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Chat.Handlers;

public class FeedsHandlerTests
{
    private readonly InMemoryFeedStateStore _store = new();

    private FeedsHandler Handler() => new(_store,
        new FeedUrlGuard((host, _) => Task.FromResult(host == "news.example" ? new[] { IPAddress.Parse("93.184.216.34") } : [IPAddress.Parse("10.0.0.5")])),
        new FeedDefaults(900));

    private static ChatRequest Request(string arguments, bool admin) => new("console", "c", "u1", "feeds", arguments) { IsAdmin = admin };

    [Fact]
    public async Task Add_Admin_FeedStoredWithInterval()
    {
        var answer = await Handler().HandleAsync(Request("add https://news.example/rss", admin: true), CancellationToken.None);

        Assert.Equal("Feed added", answer.Title);
        var feed = Assert.Single(await _store.ListFeedsAsync(CancellationToken.None));
        Assert.Equal((new Uri("https://news.example/rss"), 900, "u1"), (feed.Url, feed.IntervalSeconds, feed.AddedBy));
    }

    [Theory]
    [InlineData("add https://news.example/rss")]
    [InlineData("remove https://news.example/rss")]
    public async Task AddOrRemove_NotAdmin_Refused(string arguments)
    {
        await _store.UpsertFeedAsync(new FeedState(new Uri("https://news.example/rss"), 900, false), CancellationToken.None);

        var answer = await Handler().HandleAsync(Request(arguments, admin: false), CancellationToken.None);

        Assert.Equal("Not allowed", answer.Title);
        Assert.Single(await _store.ListFeedsAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("add https://intranet.example/rss")]
    [InlineData("add http://127.0.0.1/rss")]
    [InlineData("add http://169.254.169.254/latest/meta-data/")]
    [InlineData("add file:///etc/passwd")]
    [InlineData("add ftp://news.example/rss")]
    public async Task Add_ForbiddenUrl_RefusedAndNotStored(string arguments)
    {
        var answer = await Handler().HandleAsync(Request(arguments, admin: true), CancellationToken.None);

        Assert.Equal("Feed refused", answer.Title);
        Assert.True(answer.Ephemeral);
        Assert.Empty(await _store.ListFeedsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Remove_Admin_FeedGone()
    {
        await _store.UpsertFeedAsync(new FeedState(new Uri("https://news.example/rss"), 900, false), CancellationToken.None);

        var answer = await Handler().HandleAsync(Request("remove https://news.example/rss", admin: true), CancellationToken.None);

        Assert.Equal("Feed removed", answer.Title);
        Assert.Empty(await _store.ListFeedsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task List_FailingAndHealthyFeeds_ShowsLastErrorAndLastSuccess()
    {
        var success = new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);
        await _store.UpsertFeedAsync(new FeedState(new Uri("https://a.example/rss"), 900, false) { LastAttempt = success, LastSuccess = success }, CancellationToken.None);
        await _store.UpsertFeedAsync(new FeedState(new Uri("https://b.example/rss"), 900, false)
        {
            LastAttempt = success, LastError = "HTTP 500 Internal Server Error", ConsecutiveFailures = 2,
        }, CancellationToken.None);

        var answer = await Handler().HandleAsync(Request("list", admin: false), CancellationToken.None);

        var body = answer.Sections[0].Body!;
        Assert.Contains("https://a.example/rss — ok, last success 2025-06-01 08:00:00Z", body, StringComparison.Ordinal);
        Assert.Contains("https://b.example/rss — failing (2×): HTTP 500 Internal Server Error; last success never", body, StringComparison.Ordinal);
    }
}
