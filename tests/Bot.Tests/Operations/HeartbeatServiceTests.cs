using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Operations;

namespace NewsBot.Bot.Tests.Operations;

public sealed class HeartbeatServiceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-heartbeat-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Running_TouchesFileOnEveryTickAndRemovesItOnStop()
    {
        var file = Path.Combine(_folder, "sub", "heartbeat");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 12, 8, 0, 0, TimeSpan.Zero));
        using var service = new HeartbeatService(Options.Create(new OperationsOptions { HeartbeatFile = file, HeartbeatSeconds = 15 }), clock, NullLogger<HeartbeatService>.Instance);

        await service.StartAsync(CancellationToken.None);
        Assert.True(await WaitForAsync(() => File.Exists(file) && File.GetLastWriteTimeUtc(file) == clock.GetUtcNow().UtcDateTime));
        clock.Advance(TimeSpan.FromSeconds(15));
        Assert.True(await WaitForAsync(() => File.GetLastWriteTimeUtc(file) == new DateTime(2026, 3, 12, 8, 0, 15, DateTimeKind.Utc)));
        await service.StopAsync(CancellationToken.None);

        Assert.False(File.Exists(file));
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(25);
        return condition();
    }
}
