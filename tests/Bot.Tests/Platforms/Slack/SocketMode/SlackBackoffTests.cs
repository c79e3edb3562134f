using NewsBot.Bot.Platforms.Slack.SocketMode;

namespace NewsBot.Bot.Tests.Platforms.Slack.SocketMode;

public sealed class SlackBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)] // capped
    [InlineData(500, 60)] // no overflow after a long outage
    public void Delay_NthFailure_BetweenHalfAndWholeCeiling(int failures, int ceilingSeconds)
    {
        var random = new Random(failures);

        for (var i = 0; i < 50; i++)
        {
            var delay = SlackBackoff.Delay(failures, Base, Max, random);
            Assert.InRange(delay.TotalSeconds, ceilingSeconds * 0.5, ceilingSeconds);
        }
    }

    [Fact]
    public void Delay_ManyClientsSameFailure_Spread()
    {
        var random = new Random(42);

        var delays = Enumerable.Range(0, 20).Select(_ => SlackBackoff.Delay(3, Base, Max, random)).Distinct().Count();

        Assert.True(delays > 10);
    }
}
