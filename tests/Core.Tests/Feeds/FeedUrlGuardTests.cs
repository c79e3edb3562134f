using System.Net;
using NewsBot.Core.Feeds;

namespace NewsBot.Core.Tests.Feeds;

public class FeedUrlGuardTests
{
    // No test touches DNS: names resolve through this table.
    private static readonly FeedUrlGuard Guard = new((host, _) => Task.FromResult(host switch
    {
        "news.example" => new[] { IPAddress.Parse("93.184.216.34") },
        "intranet.example" => [IPAddress.Parse("10.1.2.3")],
        "mixed.example" => [IPAddress.Parse("93.184.216.34"), IPAddress.Parse("127.0.0.1")],
        _ => throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound),
    }));

    [Theory]
    [InlineData("http://127.0.0.1/feed")]
    [InlineData("http://10.0.0.1/feed")]
    [InlineData("http://[::1]/feed")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://news.example/feed.xml")]
    [InlineData("gopher://news.example/")]
    [InlineData("https://intranet.example/rss")]
    [InlineData("https://mixed.example/rss")] // one private address among public ones is enough to refuse
    [InlineData("https://user:secret@news.example/rss")]
    [InlineData("https://no-such-host.example/rss")]
    public async Task RefusalAsync_ForbiddenUrl_Refused(string url)
    {
        Assert.NotNull(await Guard.RefusalAsync(new Uri(url), CancellationToken.None));
    }

    [Fact]
    public async Task RefusalAsync_PublicHttpsFeed_Allowed()
    {
        Assert.Null(await Guard.RefusalAsync(new Uri("https://news.example/rss"), CancellationToken.None));
    }

    [Fact]
    public async Task RefusalAsync_TestSwitchOn_LoopbackAllowedButSchemeStillChecked()
    {
        var testGuard = new FeedUrlGuard { AllowPrivateAddresses = true };

        Assert.Null(await testGuard.RefusalAsync(new Uri("http://127.0.0.1:8080/feed"), CancellationToken.None));
        Assert.NotNull(await testGuard.RefusalAsync(new Uri("file:///etc/passwd"), CancellationToken.None));
    }

    [Fact]
    public void EnsureAllowed_PrivateAddressAtConnect_Throws()
    {
        Assert.Throws<ForbiddenAddressException>(() => Guard.EnsureAllowed("news.example", IPAddress.Parse("192.168.0.10")));
    }
}
