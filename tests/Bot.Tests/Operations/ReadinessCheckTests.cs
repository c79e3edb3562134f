using Moq;
using NewsBot.Bot.Operations;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Tests.Operations;

public sealed class ReadinessCheckTests
{
    private static IPlatformHealth Platform(string name, bool connected) =>
        Mock.Of<IPlatformHealth>(p => p.Platform == name && p.IsConnected == connected);

    private static INewsStore Store(Exception? failure = null)
    {
        var store = new Mock<INewsStore>();
        var setup = store.Setup(s => s.GetStatisticsAsync(It.IsAny<CancellationToken>()));
        if (failure is null)
            setup.ReturnsAsync(new StoreStatistics(0, 0, 0, 0, null));
        else
            setup.ThrowsAsync(failure);
        return store.Object;
    }

    [Fact]
    public async Task RunAsync_StoreAnswersAndPlatformsConnected_Ready()
    {
        var report = await ReadinessCheck.RunAsync(Store(), [Platform("discord", true), Platform("slack", true)], CancellationToken.None);

        Assert.True(report.Ready);
        Assert.Equal("ok", report.Store);
    }

    [Fact]
    public async Task RunAsync_PlatformDisconnected_NotReadyAndNamesIt()
    {
        var report = await ReadinessCheck.RunAsync(Store(), [Platform("discord", false)], CancellationToken.None);

        Assert.False(report.Ready);
        Assert.False(report.Platforms["discord"]);
    }

    [Fact]
    public async Task RunAsync_StoreUnreachable_NotReadyWithoutTheDriversMessage()
    {
        var report = await ReadinessCheck.RunAsync(Store(new InvalidOperationException("Host=db;Password=hunter2")), [], CancellationToken.None);

        Assert.False(report.Ready);
        Assert.Equal("unreachable (InvalidOperationException)", report.Store);
    }
}
