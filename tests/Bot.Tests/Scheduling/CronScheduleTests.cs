using NewsBot.Bot.Scheduling;

namespace NewsBot.Bot.Tests.Scheduling;

public sealed class CronScheduleTests
{
    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2025, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void PeriodEnding_OnTimeFire_CoversTheDayBefore()
    {
        var period = CronSchedule.PeriodEnding(CronSchedule.Parse("0 0 8 * * ?", "UTC"), Utc(3, 12, 8));

        Assert.Equal((Utc(3, 11, 8), Utc(3, 12, 8)), (period.From, period.To));
    }

    [Fact]
    public void PeriodEnding_LateOrRerunFire_GivesTheSamePeriodAsOnTime()
    {
        var cron = CronSchedule.Parse("0 0 8 * * ?", "UTC");

        // A misfire reported at its actual time (10:17), or a recovery later the same day, ends at the same 08:00.
        Assert.Equal(CronSchedule.PeriodEnding(cron, Utc(3, 12, 8)), CronSchedule.PeriodEnding(cron, Utc(3, 12, 10, 17)));
    }

    [Fact]
    public void PeriodEnding_AcrossSpringForward_Is23HoursInLondon()
    {
        // 30 March 2025: London moves from GMT to BST, so 08:00 local is 08:00Z one day and 07:00Z the next.
        var period = CronSchedule.PeriodEnding(CronSchedule.Parse("0 0 8 * * ?", "Europe/London"), Utc(3, 30, 7));

        Assert.Equal((Utc(3, 29, 8), Utc(3, 30, 7)), (period.From, period.To));
    }

    [Theory]
    [InlineData("0 0 8 * * ?", true)]
    [InlineData("0 30 7 ? * MON-FRI", true)]
    [InlineData("0 8 * * *", false)] // five fields: Unix cron, not Quartz's (seconds first)
    [InlineData("", false)]
    public void IsValid_Expressions_AcceptsQuartzCronOnly(string cron, bool expected) =>
        Assert.Equal(expected, CronSchedule.IsValid(cron));
}
