using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Platforms.Discord.Gateway;

namespace NewsBot.Bot.Tests.Platforms.Discord.Gateway;

public sealed class GatewayHeartbeatTests
{
    [Fact]
    public async Task RunAsync_FirstBeatAfterJitteredInterval_ThenEveryInterval()
    {
        var clock = new FakeTimeProvider();
        var heartbeat = new GatewayHeartbeat(clock, () => 0.25);
        var beats = 0;
        using var stop = new CancellationTokenSource();
        var run = heartbeat.RunAsync(TimeSpan.FromSeconds(40), _ =>
        {
            beats++;
            heartbeat.Acknowledge();
            return Task.CompletedTask;
        }, stop.Token);

        clock.Advance(TimeSpan.FromSeconds(9.9));
        Assert.Equal(0, beats);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(1, beats);
        clock.Advance(TimeSpan.FromSeconds(39.9));
        Assert.Equal(1, beats);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(2, beats);
        await stop.CancelAsync();
        Assert.False(await run);
    }

    [Fact]
    public async Task RunAsync_NoAckBeforeNextBeat_ReportsZombie()
    {
        var clock = new FakeTimeProvider();
        var heartbeat = new GatewayHeartbeat(clock, () => 0);
        var beats = 0;
        var run = heartbeat.RunAsync(TimeSpan.FromSeconds(10), _ =>
        {
            beats++;
            return Task.CompletedTask;
        }, CancellationToken.None);

        clock.Advance(TimeSpan.Zero);
        Assert.Equal(1, beats);
        Assert.False(run.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.True(await run);
        Assert.Equal(1, beats);
    }
}
