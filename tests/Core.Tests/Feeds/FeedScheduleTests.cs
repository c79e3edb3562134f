using NewsBot.Core.Feeds;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Feeds;

public class FeedScheduleTests
{
    private static readonly DateTimeOffset Last = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NextDue_NeverPolled_DueAtOnce()
    {
        Assert.Equal(DateTimeOffset.MinValue, FeedSchedule.NextDue(new FeedState(new Uri("https://a.example/"), 600, false)));
    }

    [Theory]
    [InlineData(0, 600)] // healthy: the interval
    [InlineData(1, 600)]
    [InlineData(2, 1200)]
    [InlineData(3, 2400)]
    [InlineData(20, 21600)] // capped at six hours
    public void NextDue_AfterFailures_BacksOff(int failures, int expectedSeconds)
    {
        var feed = new FeedState(new Uri("https://a.example/"), 600, false) { LastAttempt = Last, ConsecutiveFailures = failures };

        Assert.Equal(Last.AddSeconds(expectedSeconds), FeedSchedule.NextDue(feed));
    }
}
