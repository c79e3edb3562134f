using NewsBot.Core.Ingestion;
using Quartz;

namespace NewsBot.Bot.Scheduling;

/// <summary>Looks for due web feeds; each feed's own interval is the poller's business.</summary>
[DisallowConcurrentExecution]
internal sealed class FeedPollJob(IEnumerable<IFeedPoller> pollers) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var poller in pollers)
            await poller.PollDueFeedsAsync(cancellationToken);
    }
}
