using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Operations;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Tests.Operations;

public sealed class CommandRateLimiterTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 12, 8, 0, 0, TimeSpan.Zero));
    private readonly CommandRateLimiter _limiter;

    public CommandRateLimiterTests() =>
        _limiter = new CommandRateLimiter(Options.Create(new OperationsOptions { UserCommandsPerMinute = 3, ChannelCommandsPerMinute = 5 }), _clock);

    public void Dispose() => _limiter.Dispose();

    private static ChatRequest From(string user, string channel = "C1", string platform = "slack") => new(platform, channel, user, "search", "troops");

    [Fact]
    public void TryAcquire_UserOverLimit_RefusedWithReasonAndOthersUnaffected()
    {
        for (var i = 0; i < 3; i++)
            Assert.Null(_limiter.TryAcquire(From("U1")));

        var refusal = _limiter.TryAcquire(From("U1"));

        Assert.NotNull(refusal);
        Assert.True(refusal.Ephemeral);
        Assert.Contains("more than 3 requests in a minute", refusal.Sections[0].Body, StringComparison.Ordinal);
        Assert.Null(_limiter.TryAcquire(From("U2")));
    }

    [Fact]
    public void TryAcquire_ChannelOverLimitAcrossUsers_Refused()
    {
        foreach (var user in new[] { "U1", "U2", "U3", "U4", "U5" })
            Assert.Null(_limiter.TryAcquire(From(user)));

        var refusal = _limiter.TryAcquire(From("U6"));

        Assert.Contains("This channel has sent more than 5", refusal!.Sections[0].Body, StringComparison.Ordinal);
        Assert.Null(_limiter.TryAcquire(From("U6", channel: "C2")));
    }

    [Fact]
    public void TryAcquire_AfterAMinute_AllowedAgain()
    {
        for (var i = 0; i < 3; i++)
            _limiter.TryAcquire(From("U1"));
        Assert.NotNull(_limiter.TryAcquire(From("U1")));

        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Null(_limiter.TryAcquire(From("U1")));
    }

    [Fact]
    public void TryAcquire_Console_NeverLimited()
    {
        for (var i = 0; i < 20; i++)
            Assert.Null(_limiter.TryAcquire(From("console", "console", "console")));
    }
}
