using Quartz;

namespace NewsBot.Bot.Scheduling;

/// <summary>Brings the digest triggers in line with configuration and the subscriptions set from chat.</summary>
[DisallowConcurrentExecution]
internal sealed class SubscriptionSyncJob(DigestScheduleSynchronizer synchronizer) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var changes = await synchronizer.SyncAsync(context.Scheduler, cancellationToken);
        context.Result = $"{changes} digest schedules changed";
    }
}
