using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Platforms.Slack.Api;

namespace NewsBot.Bot.Tests.Platforms.Slack.Api;

public sealed class SlackRateLimiterTests
{
    [Fact]
    public async Task AcquireChannel_NextPostWaitsForPreviousToFinishPlusOneSecondOtherChannelsFree()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new SlackRateLimiter(clock);

        var first = limiter.AcquireChannelAsync("C1", default);
        var second = limiter.AcquireChannelAsync("C1", default);
        var elsewhere = limiter.AcquireChannelAsync("C2", default);

        Assert.True(first.IsCompleted);
        Assert.True(elsewhere.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.False(second.IsCompleted); // still posting the first
        (await first).Dispose();
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        (await second.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
        (await elsewhere).Dispose();
    }

    [Fact]
    public async Task AcquireChannel_Cancelled_DoesNotBlockTheChannel()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new SlackRateLimiter(clock);
        (await limiter.AcquireChannelAsync("C1", default)).Dispose();
        using var cancel = new CancellationTokenSource();

        var waiting = limiter.AcquireChannelAsync("C1", cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(limiter.AcquireChannelAsync("C1", default).IsCompleted);
    }

    [Fact]
    public void Block_MethodPausedForRetryAfter_OtherMethodsNot()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new SlackRateLimiter(clock);

        limiter.Block("chat.postMessage", TimeSpan.FromSeconds(30));
        var paused = limiter.WaitForMethodAsync("chat.postMessage", default);
        var other = limiter.WaitForMethodAsync("auth.test", default);

        Assert.True(other.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(paused.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(paused.IsCompleted);
    }

    [Fact]
    public void Block_ShorterRetryAfterLater_KeepsTheLongerPause()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new SlackRateLimiter(clock);

        limiter.Block("chat.postMessage", TimeSpan.FromSeconds(30));
        limiter.Block("chat.postMessage", TimeSpan.FromSeconds(5));
        var paused = limiter.WaitForMethodAsync("chat.postMessage", default);
        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.False(paused.IsCompleted);
    }
}
