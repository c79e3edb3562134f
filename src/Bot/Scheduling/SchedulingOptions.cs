namespace NewsBot.Bot.Scheduling;

/// <summary>The scheduler's jobs and its cluster (configuration section "Scheduling").</summary>
public sealed class SchedulingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Scheduling";

    /// <summary>Whether the scheduler runs at all (commands such as newsbot status never start it).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between feed polls; each feed keeps its own interval, this is how often due feeds are looked for (5-3600).</summary>
    public int FeedPollSeconds { get; set; } = 60;

    /// <summary>Seconds between full rescans of the feed folder (10-86400).</summary>
    public int FolderRescanSeconds { get; set; } = 300;

    /// <summary>Seconds between reconciliations of the digest schedule with the subscriptions set from chat (5-3600).</summary>
    public int SubscriptionSyncSeconds { get; set; } = 60;

    /// <summary>The housekeeping job's Quartz cron expression, in UTC (default 03:30 every night).</summary>
    public string HousekeepingCron { get; set; } = "0 30 3 * * ?";

    /// <summary>Articles older than this many days are deleted by housekeeping (1-3650).</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>A fire later than this many seconds is a misfire: the digest is posted once at start-up and marked late (1-3600).</summary>
    public int MisfireThresholdSeconds { get; set; } = 60;

    /// <summary>Seconds between a clustered instance's check-ins; a silent instance's work is taken over after about twice this (1-300).</summary>
    public int ClusterCheckinSeconds { get; set; } = 15;

    /// <summary>A digest claim left unconfirmed this many minutes is reported in /status as in doubt (1-1440).</summary>
    public int InDoubtAfterMinutes { get; set; } = 10;

    /// <summary>Where each job's last run is written (so newsbot status can show it); relative to the working directory.</summary>
    public string JobRunsFile { get; set; } = "data/job-runs.json";
}
