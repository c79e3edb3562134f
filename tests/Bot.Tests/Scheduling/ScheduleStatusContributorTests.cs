using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Scheduling;
using NewsBot.Core.Analysis;
using NewsBot.Core.Keywords;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Tests.Scheduling;

public sealed class ScheduleStatusContributorTests
{
    [Fact]
    public async Task DescribeAsync_ShowsNextFireLastRunsAndOnlyStaleClaimsInDoubt()
    {
        var now = new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(now);
        var subscriptions = new InMemorySubscriptionStore();
        await subscriptions.UpsertSubscriptionAsync(new ChannelSubscription("slack", "C1", "coalition", "0 0 8 * * ?", "Europe/London"), CancellationToken.None);
        var profiles = new ProfileCatalog(new Dictionary<string, CompiledProfile> { ["coalition"] = new(new TopicProfile { Name = "coalition" }) }, "coalition");
        var schedules = new DigestSchedules(subscriptions, Options.Create(new DigestScheduleOptions()), profiles);
        var journal = new JobRunJournal((string?)null);
        journal.Record(new JobRun("digests.slack:C1:coalition", now.AddHours(-1), TimeSpan.FromSeconds(2), true, "Posted", "bot-1"));
        var log = new InMemoryDeliveryLog();
        await log.TryClaimAsync("slack:C1:coalition:old", "bot-2", now.AddHours(-2), false, CancellationToken.None);
        await log.TryClaimAsync("slack:C1:coalition:fresh", "bot-1", now.AddMinutes(-1), false, CancellationToken.None);
        var contributor = new ScheduleStatusContributor(schedules, journal, log, Options.Create(new SchedulingOptions { InDoubtAfterMinutes = 10 }), clock);

        var sections = await contributor.DescribeAsync(CancellationToken.None);

        Assert.Contains("digest slack:C1 (coalition): 2026-03-13 08:00 UTC", sections[0].Body, StringComparison.Ordinal);
        Assert.Contains("digests.slack:C1:coalition: 2026-03-12 08:00 UTC ok (Posted) on bot-1", sections[1].Body, StringComparison.Ordinal);
        var doubt = Assert.Single(sections, s => s.Heading!.StartsWith("Digests in doubt", StringComparison.Ordinal));
        Assert.Contains("coalition:old by bot-2", doubt.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("fresh", doubt.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void JobRunJournal_Persisted_ReadBackByAnotherProcess()
    {
        var file = Path.Combine(Path.GetTempPath(), $"newsbot-runs-{Guid.NewGuid():N}", "job-runs.json");
        try
        {
            new JobRunJournal(file).Record(new JobRun("newsbot.housekeeping", DateTimeOffset.UnixEpoch, TimeSpan.Zero, false, "disk full", "bot-1"));

            var read = Assert.Single(new JobRunJournal(file).LastRuns);

            Assert.Equal(("newsbot.housekeeping", false, "disk full"), (read.Job, read.Succeeded, read.Outcome));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
