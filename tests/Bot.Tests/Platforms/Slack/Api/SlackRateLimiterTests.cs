using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Platforms.Slack.Api;

namespace NewsBot.Bot.Tests.Platforms.Slack.Api;

public sealed class SlackRateLimiterTests
{
    [Fact]
    public void WaitForChannel_SecondPostInSameChannel_WaitsOneSecondOtherChannelsFree()
    {
        var clock = new FakeTimeProvider();
        var limiter = new SlackRateLimiter(clock);

        var first = limiter.WaitForChannelAsync("C1", default);
        var second = limiter.WaitForChannelAsync("C1", default);
        var third = limiter.WaitForChannelAsync("C1", default);
        var elsewhere = limiter.WaitForChannelAsync("C2", default);

        Assert.True(first.IsCompleted);
        Assert.True(elsewhere.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(second.IsCompleted);
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(third.IsCompleted);
    }

    [Fact]
    public void Block_MethodPausedForRetryAfter_OtherMethodsNot()
    {
        var clock = new FakeTimeProvider();
        var limiter = new SlackRateLimiter(clock);

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
        var limiter = new SlackRateLimiter(clock);

        limiter.Block("chat.postMessage", TimeSpan.FromSeconds(30));
        limiter.Block("chat.postMessage", TimeSpan.FromSeconds(5));
        var paused = limiter.WaitForMethodAsync("chat.postMessage", default);
        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.False(paused.IsCompleted);
    }
}
