using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Feeds;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Tests.Ingestion;

public sealed class FeedPollerTests : IAsyncLifetime
{
    private TestFeedServer _server = null!;

    public async Task InitializeAsync() => _server = await TestFeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private FeedState Feed(string path, bool fullText = false) => new(_server.Url(path), 60, fullText);

    [Fact]
    public async Task PollAsync_ETag_SecondPollIsConditionalAndNotModified()
    {
        await using var host = FeedTestHost.Create();

        var first = await host.Poller.PollAsync(Feed("/etag.xml"), CancellationToken.None);
        var second = await host.Poller.PollAsync(first, CancellationToken.None);

        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(["If-None-Match:", "If-None-Match:\"v1\""], _server.ConditionalHeaders);
        Assert.Null(second.LastError);
        Assert.NotNull(second.LastSuccess);
        Assert.Equal(1, await host.ArticleCountAsync());
    }

    [Fact]
    public async Task PollAsync_LastModified_SecondPollSendsIfModifiedSince()
    {
        await using var host = FeedTestHost.Create();

        var first = await host.Poller.PollAsync(Feed("/modified.xml"), CancellationToken.None);
        var second = await host.Poller.PollAsync(first, CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2025, 6, 10, 9, 42, 0, TimeSpan.Zero), first.LastModified);
        Assert.Equal("If-Modified-Since:Tue, 10 Jun 2025 09:42:00 GMT", _server.ConditionalHeaders.Last());
        Assert.Equal((0, null), (second.ConsecutiveFailures, second.LastError));
    }

    [Fact]
    public async Task PollAsync_GzipResponse_Decompressed()
    {
        await using var host = FeedTestHost.Create();

        var state = await host.Poller.PollAsync(Feed("/gzip.xml"), CancellationToken.None);

        Assert.Null(state.LastError);
        Assert.Equal(1, await host.ArticleCountAsync());
    }

    [Fact]
    public async Task PollAsync_SameFeedTwiceWithoutValidators_ItemsNotStoredTwice()
    {
        await using var host = FeedTestHost.Create();

        await host.Poller.PollAsync(Feed("/gzip.xml"), CancellationToken.None);
        await host.Poller.PollAsync(Feed("/gzip.xml"), CancellationToken.None);

        Assert.Equal(1, await host.ArticleCountAsync());
    }

    [Fact]
    public async Task PollAsync_TransientServerError_RetriedAndSucceeds()
    {
        await using var host = FeedTestHost.Create();

        var state = await host.Poller.PollAsync(Feed("/flaky.xml"), CancellationToken.None);

        Assert.Equal(2, _server.HitsOn("/flaky.xml"));
        Assert.Null(state.LastError);
        Assert.Equal(1, await host.ArticleCountAsync());
    }

    [Fact]
    public async Task PollAsync_PersistentServerError_FailureRecordedAfterRetries()
    {
        await using var host = FeedTestHost.Create();

        var state = await host.Poller.PollAsync(Feed("/error.xml") with { ConsecutiveFailures = 2 }, CancellationToken.None);

        Assert.Equal(2, _server.HitsOn("/error.xml")); // the first try and one retry
        Assert.Equal("HTTP 500 Internal Server Error", state.LastError);
        Assert.Equal(3, state.ConsecutiveFailures);
        Assert.Null(state.LastSuccess);
    }

    [Fact]
    public async Task PollAsync_OversizedResponse_Refused()
    {
        await using var host = FeedTestHost.Create(o => o.MaxFeedBytes = 16 * 1024);

        var state = await host.Poller.PollAsync(Feed("/big.xml"), CancellationToken.None);

        Assert.Contains("16384-byte limit", state.LastError, StringComparison.Ordinal);
        Assert.Equal(0, await host.ArticleCountAsync());
    }

    [Fact]
    public async Task PollAsync_SlowServer_TimesOut()
    {
        await using var host = FeedTestHost.Create(o => (o.RequestTimeoutSeconds, o.MaxRetries) = (1, 0));

        var state = await host.Poller.PollAsync(Feed("/slow.xml"), CancellationToken.None);

        Assert.Equal("timed out", state.LastError);
        Assert.Equal(1, state.ConsecutiveFailures);
    }

    [Fact]
    public async Task PollAsync_MalformedFeed_QuarantinedOnceWithOrigin()
    {
        await using var host = FeedTestHost.Create();

        var first = await host.Poller.PollAsync(Feed("/broken.xml"), CancellationToken.None);
        var second = await host.Poller.PollAsync(first, CancellationToken.None);

        Assert.Contains("not well-formed", second.LastError, StringComparison.Ordinal);
        Assert.Equal(2, second.ConsecutiveFailures);
        var entry = Assert.Single(await host.Store.ListQuarantineAsync(10, CancellationToken.None));
        Assert.Equal(_server.Url("/broken.xml").AbsoluteUri, entry.Origin);
    }

    [Fact]
    public async Task PollAsync_FullTextFeedWithTeaser_LinkedPageTextStored()
    {
        await using var host = FeedTestHost.Create();

        var state = await host.Poller.PollAsync(Feed("/teaser.xml", fullText: true), CancellationToken.None);

        Assert.Null(state.LastError);
        Assert.Equal(1, _server.HitsOn("/dam.html"));
        var stored = Assert.Single(await host.Store.SearchArticlesAsync("court", "coalition", 5, CancellationToken.None));
        Assert.Contains("Construction will start next year", stored.Article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Valley News", stored.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollAsync_TeaserWithoutFullText_PageNotFetched()
    {
        await using var host = FeedTestHost.Create();

        await host.Poller.PollAsync(Feed("/teaser.xml"), CancellationToken.None);

        Assert.Equal(0, _server.HitsOn("/dam.html"));
        Assert.Equal(1, await host.ArticleCountAsync());
    }

    // The default configuration: no test switch. Nothing may reach loopback, private, link-local or metadata
    // addresses, nor any scheme but http/https; the local test server proves no request arrived.
    [Theory]
    [InlineData("http://127.0.0.1:{port}/etag.xml")]
    [InlineData("http://[::1]:{port}/etag.xml")]
    [InlineData("http://localhost:{port}/etag.xml")]
    [InlineData("http://2130706433:{port}/etag.xml")] // 127.0.0.1 written as one decimal number
    [InlineData("http://[::ffff:127.0.0.1]:{port}/etag.xml")]
    [InlineData("http://10.0.0.1/feed.xml")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/feed.xml")]
    public async Task PollAsync_DefaultOptions_ForbiddenAddressesRefused(string url)
    {
        await using var host = FeedTestHost.Create(o => o.AllowPrivateAddresses = false);
        var feed = new FeedState(new Uri(url.Replace("{port}", _server.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)), 60, false);

        var state = await host.Poller.PollAsync(feed, CancellationToken.None);

        Assert.StartsWith("refused", state.LastError, StringComparison.Ordinal);
        Assert.Equal(1, state.ConsecutiveFailures);
        Assert.Empty(_server.Hits);
    }

    [Fact]
    public async Task PollAsync_HostResolvingPublicThenLoopback_RefusedAtConnect()
    {
        // DNS rebinding: the first lookup (the pre-check) says public; the connection's own lookup says 127.0.0.1.
        var rebinding = new FeedUrlGuard((_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.216.34") }));
        await using var host = FeedTestHost.Create(o => o.AllowPrivateAddresses = false, s => s.AddSingleton(rebinding));
        var feed = new FeedState(new Uri($"http://localhost:{_server.BaseAddress.Port}/etag.xml"), 60, false);

        var state = await host.Poller.PollAsync(feed, CancellationToken.None);

        Assert.StartsWith("refused to connect to localhost", state.LastError, StringComparison.Ordinal);
        Assert.Empty(_server.Hits);
    }

    [Fact]
    public async Task PollAsync_PublicFeedRedirectingToPrivateAddress_RefusedAtConnect()
    {
        // Here 127.0.0.1 plays a public host and 127.0.0.2 a private one: the feed passes the pre-check, then
        // redirects to an internal address, which the connection must refuse without sending it a request.
        var inside = IPAddress.Parse("127.0.0.2");
        var guard = new FeedUrlGuard((_, _) => Task.FromResult(new[] { IPAddress.Loopback }), a => a.Equals(inside) ? "private (in this test)" : null);
        await using var privateServer = await TestFeedServer.StartAsync(inside.ToString());
        _server.RedirectTarget = privateServer.Url("/etag.xml");
        await using var host = FeedTestHost.Create(o => o.AllowPrivateAddresses = false, s => s.AddSingleton(guard));

        var state = await host.Poller.PollAsync(Feed("/moved.xml"), CancellationToken.None);

        Assert.Equal(1, _server.HitsOn("/moved.xml"));
        Assert.StartsWith("refused to connect to 127.0.0.2", state.LastError, StringComparison.Ordinal);
        Assert.Empty(privateServer.Hits);
        Assert.Equal(0, await host.ArticleCountAsync());
    }
}
