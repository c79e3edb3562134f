using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using NewsBot.Bot.Scheduling;
using Quartz;

namespace NewsBot.Bot.Tests.Scheduling;

public sealed class JobLoggingMiddlewareTests
{
    private static IJobExecutionContext Context(SchedulerStatus status)
    {
        var scheduler = Mock.Of<IScheduler>(s => s.Status == status);
        var job = JobBuilder.Create<SubscriptionSyncJob>().WithIdentity("sync", "newsbot").Build();
        return Mock.Of<IJobExecutionContext>(c => c.Scheduler == scheduler && c.JobDetail == job && c.FireInstanceId == "1");
    }

    private static ValueTask RefusedBySchedulerAsync(IJobExecutionContext context, CancellationToken cancellationToken) =>
        throw new SchedulerException("The Scheduler has been Shutdown.");

    [Theory]
    [InlineData(SchedulerStatus.ShuttingDown)]
    [InlineData(SchedulerStatus.Shutdown)]
    public async Task Invoke_SchedulerRefusesDuringShutdown_RunEndsWithoutFailure(SchedulerStatus status)
    {
        var middleware = new JobLoggingMiddleware(NullLogger<JobLoggingMiddleware>.Instance);

        await middleware.Invoke(Context(status), RefusedBySchedulerAsync, CancellationToken.None);
    }

    [Fact]
    public async Task Invoke_SchedulerRefusesWhileRunning_Rethrown()
    {
        var middleware = new JobLoggingMiddleware(NullLogger<JobLoggingMiddleware>.Instance);

        await Assert.ThrowsAsync<SchedulerException>(async () =>
            await middleware.Invoke(Context(SchedulerStatus.Running), RefusedBySchedulerAsync, CancellationToken.None));
    }
}
