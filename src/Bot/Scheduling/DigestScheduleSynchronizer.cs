using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;
using Quartz;

namespace NewsBot.Bot.Scheduling;

/// <summary>
/// Reconciles the scheduler's digest triggers with <see cref="DigestSchedules"/>. An unchanged trigger is kept, so
/// a persistent (clustered) store keeps its misfire state across restarts and Quartz fires a missed digest once
/// (FireAndProceed). A new trigger (every trigger of the in-memory store, which starts empty) comes with a one-off
/// catch-up fire for the previous period: the delivery log turns it into a late post if that digest was missed
/// while the bot was down, or into nothing if it was sent.
/// </summary>
public sealed partial class DigestScheduleSynchronizer(DigestSchedules schedules, TimeProvider clock, ILogger<DigestScheduleSynchronizer> logger) : IDisposable
{
    // The sync job and a /subscribe answer may reconcile at the same moment; one pass at a time keeps them from both
    // adding the same trigger.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <summary>Adds, changes and removes digest triggers; returns how many changed. Passes run one at a time.</summary>
    public async Task<int> SyncAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await ReconcileAsync(scheduler, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> ReconcileAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var wanted = (await schedules.ListAsync(cancellationToken))
            .ToDictionary(s => JobKeys.Digest(s.Platform, s.ChannelId, s.Profile));
        var changes = 0;
        var existing = await scheduler.QueryJobs(new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals(JobKeys.DigestGroup), Take = PagedQuery.All }, cancellationToken);
        foreach (var job in existing.Items.Where(j => !wanted.ContainsKey(j.Key)))
        {
            await RemoveAsync(scheduler, job.Key, cancellationToken);
            LogRemoved(job.Key.Name);
            changes++;
        }

        foreach (var (jobKey, target) in wanted)
        {
            var triggerKey = new TriggerKey(jobKey.Name, jobKey.Group);
            if (await scheduler.GetTrigger(triggerKey, cancellationToken) is ICronTrigger current
                && current.CronExpressionString == target.Cron && current.TimeZone.Id == TimeZoneInfo.FindSystemTimeZoneById(target.TimeZone).Id)
                continue;
            await scheduler.ScheduleJob(Job(jobKey, target), Trigger(triggerKey, jobKey, target), ScheduleJobOptions.Replacing, cancellationToken);
            await scheduler.ScheduleTrigger(CatchUp(jobKey, target), TriggerConflict.Keep, cancellationToken);
            LogScheduled(jobKey.Name, target.Cron, target.TimeZone);
            changes++;
        }

        return changes;
    }

    // Quartz's DeleteJob throws when one of the job's triggers vanishes between its listing and its removal, which is
    // what a one-off catch-up trigger does when it fires and completes at that moment. Unscheduling trigger by trigger
    // treats "already gone" as done; the job itself goes last.
    private static async Task RemoveAsync(IScheduler scheduler, JobKey job, CancellationToken cancellationToken)
    {
        var triggers = await scheduler.QueryTriggers(new TriggerQuery { Job = job, Take = PagedQuery.All }, cancellationToken);
        foreach (var trigger in triggers.Items)
            await scheduler.UnscheduleJob(trigger.Key, cancellationToken);
        await scheduler.DeleteJob(job, cancellationToken);
    }

    private static IJobDetail Job(JobKey key, ChannelSubscription target) => JobBuilder.Create<DigestJob>()
        .WithIdentity(key)
        .UsingJobData(DigestJobData.Write(target))
        .RequestRecovery(true)
        .Build();

    private ITrigger Trigger(TriggerKey key, JobKey job, ChannelSubscription target)
    {
        var cron = CronSchedule.Parse(target.Cron, target.TimeZone);
        return TriggerBuilder.Create(clock)
            .WithIdentity(key)
            .ForJob(job)
            .WithSchedule(CronScheduleBuilder.Create(cron).InTimeZone(cron.TimeZone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
    }

    private ITrigger CatchUp(JobKey job, ChannelSubscription target)
    {
        var previous = CronSchedule.Previous(CronSchedule.Parse(target.Cron, target.TimeZone), clock.GetUtcNow());
        return TriggerBuilder.Create(clock)
            .WithIdentity(job.Name + ":catch-up", job.Group)
            .ForJob(job)
            .UsingJobData(DigestJobData.PeriodEnd, previous.ToString("O", CultureInfo.InvariantCulture))
            .StartNow()
            .Build();
    }

    [LoggerMessage(EventId = 7010, Level = LogLevel.Information, Message = "Digest {Digest} scheduled at '{Cron}' in {TimeZone}")]
    private partial void LogScheduled(string digest, string cron, string timeZone);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Information, Message = "Digest {Digest} unscheduled")]
    private partial void LogRemoved(string digest);
}
