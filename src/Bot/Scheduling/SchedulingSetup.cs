using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Hosting;
using NewsBot.Core.Chat;
using NewsBot.Core.Storage;
using Quartz;

namespace NewsBot.Bot.Scheduling;

/// <summary>
/// Registers scheduling. <see cref="AddScheduleStatus"/> (every command: options, the digest schedules, /status's
/// schedule section) and <see cref="AddScheduling"/> (newsbot run: the Quartz scheduler, its jobs, its hosted
/// service). With Store:Provider=postgres Quartz runs clustered on an ADO.NET store in the same database; with
/// SQLite it runs in memory, one instance.
/// </summary>
public static class SchedulingSetup
{
    /// <summary>The scheduler's name, shared by every instance of a cluster.</summary>
    public const string SchedulerName = "NewsBot";

    /// <summary>Adds the scheduling options, the digest schedules and the schedule's part of /status.</summary>
    public static IServiceCollection AddScheduleStatus(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>();
        services.AddOptions<DigestScheduleOptions>().BindConfiguration(DigestScheduleOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestScheduleOptions>, DigestScheduleOptionsValidator>();
        services.TryAddSingleton(BotInstance.Current);

        // Until the configured store implements these seams, fall back to process memory (exactly once per process only).
        services.TryAddSingleton<IDeliveryLog>(sp => sp.GetRequiredService<INewsStore>() as IDeliveryLog ?? new InMemoryDeliveryLog());
        services.TryAddSingleton<ISubscriptionStore>(sp => sp.GetRequiredService<INewsStore>() as ISubscriptionStore ?? new InMemorySubscriptionStore());
        services.TryAddSingleton(sp => new JobRunJournal(sp.GetRequiredService<IOptions<SchedulingOptions>>()));
        services.TryAddSingleton<DigestSchedules>();
        services.AddSingleton<IStatusContributor, ScheduleStatusContributor>();
        return services;
    }

    /// <summary>Adds the Quartz scheduler and its hosted service (which waits for running jobs at shutdown).</summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var store = builder.Configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
        var scheduling = builder.Configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        if (!scheduling.Enabled)
            return builder;
        builder.Services.AddNewsBotScheduler(store, scheduling);
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>
    /// Adds the scheduler with NewsBot's jobs to <paramref name="services"/> (without the hosted service, so tests
    /// can start several schedulers in one process). <paramref name="instanceId"/> pins the cluster instance id
    /// (generated when null); <paramref name="idleWait"/> shortens how often an idle instance looks for due triggers.
    /// </summary>
    public static IServiceCollection AddNewsBotScheduler(
        this IServiceCollection services, StoreOptions store, SchedulingOptions scheduling, string? instanceId = null, TimeSpan? idleWait = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scheduling);
        services.TryAddSingleton<DigestDeliveryService>();
        services.TryAddSingleton<DigestScheduleSynchronizer>();
        services.TryAddScoped<DigestJob>();
        var clustered = store.Provider == "postgres";
        var misfire = TimeSpan.FromSeconds(scheduling.MisfireThresholdSeconds);
        if (clustered)
            services.AddHostedService(_ => new QuartzSchemaMigrationService(store.PostgresConnectionString!));

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = SchedulerName;
                o.GenerateInstanceId = clustered && instanceId is null;
                if (instanceId is not null)
                    o.InstanceId = instanceId;
                if (idleWait is { } wait)
                    o.IdleWaitTime = wait;
                o.ShutdownJobInterruption = ShutdownJobInterruption.WhenNotWaitingForJobs;
            });
            if (clustered)
            {
                q.UsePersistentStore(s =>
                {
                    s.UsePostgres(store.PostgresConnectionString!);
                    s.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(scheduling.ClusterCheckinSeconds);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(scheduling.ClusterCheckinSeconds);
                    });
                    s.ConfigureStore(o =>
                    {
                        o.TablePrefix = "qrtz_";
                        o.MisfireThreshold = misfire;
                        o.RecoverFiringsCancelledByShutdown = true;
                    });
                });
            }
            else
            {
                q.UseInMemoryStore(o => o.MisfireThreshold = misfire);
            }

            Every<FeedPollJob>(q, JobKeys.FeedPoll, TimeSpan.FromSeconds(scheduling.FeedPollSeconds));
            Every<FolderRescanJob>(q, JobKeys.FolderRescan, TimeSpan.FromSeconds(scheduling.FolderRescanSeconds));
            Every<SubscriptionSyncJob>(q, JobKeys.SubscriptionSync, TimeSpan.FromSeconds(scheduling.SubscriptionSyncSeconds));
            q.ScheduleJob<HousekeepingJob>(
                t => t.WithIdentity(JobKeys.Housekeeping.Name, JobKeys.Housekeeping.Group)
                    .WithCronSchedule(scheduling.HousekeepingCron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
                j => j.WithIdentity(JobKeys.Housekeeping));
            q.AddJobListener<JobRunListener>([]);
            q.AddJobMiddleware<JobLoggingMiddleware>();
        });
        services.TryAddSingleton<JobRunListener>();
        return services;
    }

    private static void Every<TJob>(IQuartzBuilder q, JobKey key, TimeSpan interval)
        where TJob : IJob =>
        q.ScheduleJob<TJob>(
            t => t.WithIdentity(key.Name, key.Group).StartNow().WithSimpleSchedule(interval, null),
            j => j.WithIdentity(key));
}
