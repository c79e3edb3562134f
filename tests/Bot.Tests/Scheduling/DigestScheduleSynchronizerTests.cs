using Microsoft.Extensions.DependencyInjection;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Scheduling;
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
}
