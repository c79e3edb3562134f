using Microsoft.Extensions.Options;

namespace NewsBot.Bot.Scheduling;

/// <summary>Checks the "Scheduling" section at start-up; every failure names its full key.</summary>
internal sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        var errors = new List<string>();
        Range(errors, "FeedPollSeconds", options.FeedPollSeconds, 5, 3600);
        Range(errors, "FolderRescanSeconds", options.FolderRescanSeconds, 10, 86400);
        Range(errors, "SubscriptionSyncSeconds", options.SubscriptionSyncSeconds, 5, 3600);
        Range(errors, "RetentionDays", options.RetentionDays, 1, 3650);
        Range(errors, "MisfireThresholdSeconds", options.MisfireThresholdSeconds, 1, 3600);
        Range(errors, "ClusterCheckinSeconds", options.ClusterCheckinSeconds, 1, 300);
        Range(errors, "InDoubtAfterMinutes", options.InDoubtAfterMinutes, 1, 1440);
        if (!CronSchedule.IsValid(options.HousekeepingCron))
            errors.Add($"Scheduling:HousekeepingCron must be a Quartz cron expression such as '0 30 3 * * ?' (was '{options.HousekeepingCron}').");
        if (string.IsNullOrWhiteSpace(options.JobRunsFile))
            errors.Add("Scheduling:JobRunsFile must name a file.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Range(List<string> errors, string key, int value, int min, int max)
    {
        if (value < min || value > max)
            errors.Add($"Scheduling:{key} must be between {min} and {max} (was {value}).");
    }
}
