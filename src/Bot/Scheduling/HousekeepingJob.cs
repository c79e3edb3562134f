using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using Quartz;

namespace NewsBot.Bot.Scheduling;

/// <summary>Deletes articles older than Scheduling:RetentionDays (when the store supports retention).</summary>
[DisallowConcurrentExecution]
internal sealed class HousekeepingJob(IEnumerable<IRetentionStore> stores, IOptions<SchedulingOptions> options, TimeProvider clock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
        var deleted = 0;
        foreach (var store in stores)
            deleted += await store.DeleteOlderThanAsync(cutoff, cancellationToken);
        context.Result = $"{deleted} articles older than {options.Value.RetentionDays} days deleted";
    }
}
