using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using NewsBot.Bot.Operations;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Tests.Operations;

public sealed class OperationsHttpServiceTests
{
    [Fact]
    public async Task Endpoints_OverARealSocket_ServeHealthReadinessAndMetrics()
    {
        var store = new Mock<INewsStore>();
        store.Setup(s => s.GetStatisticsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new StoreStatistics(0, 0, 0, 0, null));
        var bot = new ServiceCollection()
            .AddSingleton(store.Object)
            .AddSingleton(Mock.Of<IPlatformHealth>(p => p.Platform == "slack" && !p.IsConnected))
            .BuildServiceProvider();
        var url = $"http://127.0.0.1:{FreePort()}";
        await using var service = new OperationsHttpService(bot, Options.Create(new HttpOptions { Enabled = true, Urls = url }), NullLogger<OperationsHttpService>.Instance);
        await service.StartAsync(CancellationToken.None);
        using var client = new HttpClient { BaseAddress = new Uri(url) };

        NewsBotMetrics.DigestPosted("slack", late: true);
        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("\"slack\":false", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("newsbot_digests_posted", metrics, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
