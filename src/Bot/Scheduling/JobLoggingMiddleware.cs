using Microsoft.Extensions.Logging;
using NewsBot.Bot.Operations;
using Quartz;

namespace NewsBot.Bot.Scheduling;

/// <summary>A logging scope around every job run (job, fire instance, recovering), and one line when a job fails.</summary>
internal sealed partial class JobLoggingMiddleware(ILogger<JobLoggingMiddleware> logger) : IJobExecutionMiddleware
{
    private static readonly Func<ILogger, string, string, bool, IDisposable?> Scope =
        LoggerMessage.DefineScope<string, string, bool>("job {Job} fire {FireInstanceId} recovering {Recovering}");

    public async ValueTask Invoke(IJobExecutionContext context, JobExecutionDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        using var scope = Scope(logger, context.JobDetail.Key.ToString(), context.FireInstanceId, context.Recovering);
        using var activity = NewsBotTracing.Source.StartActivity("job " + context.JobDetail.Key);
        activity?.SetTag("newsbot.recovering", context.Recovering);
        try
        {
            await next(context, cancellationToken);
        }
        catch (SchedulerException e) when (context.Scheduler.Status is SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown)
        {
            // The scheduler refused the job's call because the host is stopping (stdin closed, SIGTERM): the run ends
            // here, which is no failure. Every job is safe to stop there: the sync runs again at start-up, and a digest's
            // state lives in the delivery log, never in the scheduler.
            LogStoppedByShutdown(context.JobDetail.Key, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e, context.JobDetail.Key.ToString());
            NewsBotTracing.Failed(activity, e);
            throw;
        }
    }

    [LoggerMessage(EventId = 7021, Level = LogLevel.Information, Message = "Job {Job} stopped by the scheduler's shutdown: {Reason}")]
    private partial void LogStoppedByShutdown(JobKey job, string reason);

    [LoggerMessage(EventId = 7020, Level = LogLevel.Error, Message = "Job {Job} failed")]
    private partial void LogFailed(Exception exception, string job);
}
