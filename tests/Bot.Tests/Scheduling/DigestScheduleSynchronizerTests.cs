using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Scheduling;
using NewsBot.Core.Analysis;
using NewsBot.Core.Keywords;
using NewsBot.Core.Storage;
using Quartz;

namespace NewsBot.Bot.Tests.Scheduling;

public sealed class DigestScheduleSynchronizerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-sync-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task SyncAsync_SubscribeChangeUnsubscribe_FollowsTheStore()
    {
        await using var node = await SchedulerNode.StartAsync("sync", _folder, new StoreOptions(), new InMemoryDeliveryLog(), new RecordingDigestSender());
        var subscriptions = node.Services.GetRequiredService<ISubscriptionStore>();
        var synchronizer = node.Services.GetRequiredService<DigestScheduleSynchronizer>();
        var key = new TriggerKey("slack:C9:coalition", "digests");
        // The node's own sync job runs once at start; let it finish first so this test's passes are the only ones.
        Assert.True(await SchedulerNode.WaitUntilAsync(
            () => node.Journal.LastRuns.Any(r => r.Job.Contains(JobKeys.SubscriptionSync.Name, StringComparison.Ordinal)), TimeSpan.FromSeconds(60)));

        await subscriptions.UpsertSubscriptionAsync(new ChannelSubscription("slack", "C9", "coalition", "0 30 7 * * ?", "Europe/Paris"), CancellationToken.None);
        await synchronizer.SyncAsync(node.Scheduler, CancellationToken.None);
        var added = (ICronTrigger?)await node.Scheduler.GetTrigger(key, CancellationToken.None);
        var unchanged = await synchronizer.SyncAsync(node.Scheduler, CancellationToken.None);
        await subscriptions.UpsertSubscriptionAsync(new ChannelSubscription("slack", "C9", "coalition", "0 0 9 * * ?", "Europe/Paris"), CancellationToken.None);
        await synchronizer.SyncAsync(node.Scheduler, CancellationToken.None);
        var changed = (ICronTrigger?)await node.Scheduler.GetTrigger(key, CancellationToken.None);
        await subscriptions.RemoveSubscriptionAsync("slack", "C9", null, CancellationToken.None);
        await synchronizer.SyncAsync(node.Scheduler, CancellationToken.None);

        Assert.Equal(("0 30 7 * * ?", "Europe/Paris"), (added!.CronExpressionString, added.TimeZone.Id));
        Assert.Equal(0, unchanged);
        Assert.Equal("0 0 9 * * ?", changed!.CronExpressionString);
        Assert.False(await node.Scheduler.Exists(new JobKey("slack:C9:coalition", "digests"), CancellationToken.None));
        Assert.True(await node.Scheduler.Exists(new JobKey("test:C1:coalition", "digests"), CancellationToken.None));
    }

    [Fact]
    public async Task SyncAsync_CatchUpTriggerCompletesDuringRemoval_RemovesTheDigestWithoutThrowing()
    {
        // The one-off catch-up trigger can fire and complete between the listing of the job's triggers and their
        // removal; Quartz's DeleteJob throws on that, so the synchronizer must treat "already gone" as removed.
        var job = new JobKey("slack:C9:coalition", JobKeys.DigestGroup);
        var cron = new TriggerKey(job.Name, job.Group);
        var catchUp = new TriggerKey(job.Name + ":catch-up", job.Group);
        var scheduler = new Mock<IScheduler>();
        scheduler.Setup(s => s.QueryJobs(It.IsAny<JobQuery>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new PagedResult<JobHeader>([new JobHeader(job, null, typeof(DigestJob).FullName!, false, false, false, true)], false, null));
        scheduler.Setup(s => s.QueryTriggers(It.Is<TriggerQuery>(q => Equals(q.Job, job)), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new PagedResult<TriggerHeader>([Header(cron, job), Header(catchUp, job)], false, null));
        scheduler.Setup(s => s.UnscheduleJob(cron, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        scheduler.Setup(s => s.UnscheduleJob(catchUp, It.IsAny<CancellationToken>())).ReturnsAsync(false);
        scheduler.Setup(s => s.DeleteJob(job, It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var profiles = new ProfileCatalog(new Dictionary<string, CompiledProfile> { ["coalition"] = new(new TopicProfile { Name = "coalition" }) }, "coalition");
        var schedules = new DigestSchedules(new InMemorySubscriptionStore(), Options.Create(new DigestScheduleOptions()), profiles);
        using var synchronizer = new DigestScheduleSynchronizer(schedules, TimeProvider.System, NullLogger<DigestScheduleSynchronizer>.Instance);

        var changes = await synchronizer.SyncAsync(scheduler.Object, CancellationToken.None);

        Assert.Equal(1, changes);
        scheduler.Verify(s => s.UnscheduleJob(cron, It.IsAny<CancellationToken>()), Times.Once);
        scheduler.Verify(s => s.UnscheduleJob(catchUp, It.IsAny<CancellationToken>()), Times.Once);
        scheduler.Verify(s => s.DeleteJob(job, It.IsAny<CancellationToken>()), Times.Once);
    }

    private static TriggerHeader Header(TriggerKey key, JobKey job) => new(
        key, job, null!, "SIMPLE", TriggerState.Normal, DateTimeOffset.UnixEpoch, null, null, null, null!, 5, null!, null!, 0);
}
