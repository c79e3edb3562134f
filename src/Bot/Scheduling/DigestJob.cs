using Microsoft.Extensions.Options;
using Quartz;

namespace NewsBot.Bot.Scheduling;

/// <summary>
/// One channel's daily digest. The period comes from the trigger's scheduled fire time and its cron expression,
/// never from "now", so a late or recovered fire posts the same digest under the same idempotency key. A catch-up
/// fire names the end of the period it makes up for.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DigestJob(DigestDeliveryService delivery, IOptions<SchedulingOptions> options) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var target = DigestJobData.Read(context.MergedJobDataMap);
        var cron = CronSchedule.Parse(target.Cron, target.TimeZone);
        var scheduled = DigestJobData.CatchUpPeriodEnd(context.MergedJobDataMap) ?? context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var period = CronSchedule.PeriodEnding(cron, scheduled);
        var late = context.FireTimeUtc - period.To > TimeSpan.FromSeconds(options.Value.MisfireThresholdSeconds);
        context.Result = await delivery.DeliverAsync(target, period, late, cancellationToken);
    }
}
