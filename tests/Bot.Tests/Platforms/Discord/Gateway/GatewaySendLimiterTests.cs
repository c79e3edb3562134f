using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Platforms.Discord.Gateway;

namespace NewsBot.Bot.Tests.Platforms.Discord.Gateway;

public sealed class GatewaySendLimiterTests
{
    [Fact]
    public async Task WaitAsync_OverLimit_WaitsForWindowButKeepsRoomForHeartbeats()
    {
        var clock = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(clock);
        for (var i = 0; i < 115; i++)
            await limiter.WaitAsync(heartbeat: false, CancellationToken.None);

        var blocked = limiter.WaitAsync(heartbeat: false, CancellationToken.None);
        Assert.False(blocked.IsCompleted);
        await limiter.WaitAsync(heartbeat: true, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        clock.Advance(TimeSpan.FromSeconds(60));
        await blocked.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(blocked.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitAsync_NeverAllowsMoreThan120InAWindow()
    {
        var clock = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(clock);
        for (var i = 0; i < 120; i++)
            await limiter.WaitAsync(heartbeat: true, CancellationToken.None);

        var next = limiter.WaitAsync(heartbeat: true, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
