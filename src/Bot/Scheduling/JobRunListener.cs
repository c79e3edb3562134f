using Quartz;

namespace NewsBot.Bot.Scheduling;

/// <summary>Records every job's outcome in the <see cref="JobRunJournal"/>.</summary>
internal sealed class JobRunListener(JobRunJournal journal, BotInstance instance) : IJobListener
{
    public string Name => "newsbot-job-runs";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken) => default;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken) => default;

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken) => default;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var failure = jobException?.InnerException ?? jobException;
        journal.Record(new JobRun(
            context.JobDetail.Key.ToString(), context.FireTimeUtc, context.JobRunTime, failure is null,
            failure?.Message ?? context.Result?.ToString() ?? "done", instance.Id));
        return default;
    }
}
