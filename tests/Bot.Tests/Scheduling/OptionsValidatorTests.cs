using NewsBot.Bot.Scheduling;

namespace NewsBot.Bot.Tests.Scheduling;

public sealed class OptionsValidatorTests
{
    [Fact]
    public void DigestScheduleOptionsValidator_BadEntry_NamesItsFullKeys()
    {
        var options = new DigestScheduleOptions();
        options.Channels.Add(new DigestChannelOptions { Platform = "slack", ChannelId = "C1" });
        options.Channels.Add(new DigestChannelOptions { Platform = "", ChannelId = "C2", Cron = "every morning", TimeZone = "Mars/Olympus" });

        var result = new DigestScheduleOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Digests:Channels:1:Platform", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Digests:Channels:1:Cron", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Digests:Channels:1:TimeZone", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Failures!, f => f.StartsWith("Digests:Channels:0", StringComparison.Ordinal));
    }

    [Fact]
    public void SchedulingOptionsValidator_OutOfRange_NamesKeys()
    {
        var result = new SchedulingOptionsValidator().Validate(null, new SchedulingOptions { RetentionDays = 0, HousekeepingCron = "nightly" });

        Assert.Contains(result.Failures!, f => f.StartsWith("Scheduling:RetentionDays must be between 1 and 3650", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Scheduling:HousekeepingCron", StringComparison.Ordinal));
    }

    [Fact]
    public void SchedulingOptionsValidator_Defaults_Succeed() =>
        Assert.True(new SchedulingOptionsValidator().Validate(null, new SchedulingOptions()).Succeeded);
}
