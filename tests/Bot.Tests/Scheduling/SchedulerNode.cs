using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Platforms;
using NewsBot.Bot.Scheduling;
using NewsBot.Core.Storage;
using Quartz;

namespace NewsBot.Bot.Tests.Scheduling;

/// <summary>
/// One bot instance's scheduler, built from the real registrations (core services on its own SQLite file, NewsBot's
/// jobs, Quartz in memory or clustered on PostgreSQL) with a test digest sender and a shared delivery log.
/// </summary>
internal sealed class SchedulerNode : IAsyncDisposable
{
    private readonly IHost _host;

    private SchedulerNode(string name, IHost host, IScheduler scheduler)
    {
        Name = name;
        _host = host;
        Scheduler = scheduler;
    }

    public string Name { get; }

    public IScheduler Scheduler { get; }

    public IServiceProvider Services => _host.Services;

    public JobRunJournal Journal => _host.Services.GetRequiredService<JobRunJournal>();

    /// <summary>The runs of digest jobs this node recorded.</summary>
    public IEnumerable<JobRun> DigestRuns => Journal.LastRuns.Where(r => r.Job.StartsWith(JobKeys.DigestGroup + ".", StringComparison.Ordinal));

    public static async Task<SchedulerNode> StartAsync(string name, string folder, StoreOptions schedulerStore, IDeliveryLog log, IDigestSender sender)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:SqlitePath"] = Path.Combine(folder, name + ".db"),
            ["Feeds:Folder"] = Directory.CreateDirectory(Path.Combine(folder, "feeds")).FullName,
            ["Digests:Channels:0:Platform"] = sender.Platform,
            ["Digests:Channels:0:ChannelId"] = "C1",
            ["Digests:Channels:0:Cron"] = "0 0 8 * * ?",
            ["Digests:Channels:0:TimeZone"] = "UTC",
        });
        builder.AddNewsBotCore();
        builder.Services.AddSingleton(log);
        builder.Services.AddSingleton(sender);
        builder.Services.AddSingleton(new BotInstance(name));
        builder.Services.AddSingleton(new JobRunJournal((string?)null));
        var scheduling = new NewsBot.Bot.Scheduling.SchedulingOptions { FeedPollSeconds = 3600, FolderRescanSeconds = 3600, SubscriptionSyncSeconds = 3600, ClusterCheckinSeconds = 1 };
        builder.Services.AddNewsBotScheduler(schedulerStore, scheduling, instanceId: name, idleWait: TimeSpan.FromSeconds(1));
        var host = builder.Build();
        await host.Services.GetRequiredService<INewsStore>().MigrateAsync(CancellationToken.None);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        await scheduler.Start(CancellationToken.None);
        return new SchedulerNode(name, host, scheduler);
    }

    /// <summary>Stops at once, cancelling running jobs (a clustered store hands their firings to the other nodes).</summary>
    public ValueTask KillAsync() => Scheduler.Shutdown(waitForJobsToComplete: false, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (Scheduler.Status is not (SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown))
            await Scheduler.Shutdown(waitForJobsToComplete: true, CancellationToken.None);
        _host.Dispose();
    }

    /// <summary>Waits (polling) until <paramref name="condition"/> holds; false after <paramref name="limit"/>.</summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                return false;
            await Task.Delay(100);
        }

        return true;
    }
}
