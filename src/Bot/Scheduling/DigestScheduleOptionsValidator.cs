using Microsoft.Extensions.Options;

namespace NewsBot.Bot.Scheduling;

/// <summary>Checks each "Digests:Channels:N" entry; a failure names the entry's full key.</summary>
internal sealed class DigestScheduleOptionsValidator : IValidateOptions<DigestScheduleOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestScheduleOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Channels.Count; i++)
        {
            var channel = options.Channels[i];
            var key = $"{DigestScheduleOptions.Section}:Channels:{i}";
            if (string.IsNullOrWhiteSpace(channel.Platform))
                errors.Add($"{key}:Platform must name a platform (console, discord or slack).");
            if (string.IsNullOrWhiteSpace(channel.ChannelId))
                errors.Add($"{key}:ChannelId must name a channel.");
            if (!CronSchedule.IsValid(channel.Cron))
                errors.Add($"{key}:Cron must be a Quartz cron expression such as '0 0 8 * * ?' (was '{channel.Cron}').");
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(channel.TimeZone ?? "", out _))
                errors.Add($"{key}:TimeZone must be an IANA time zone such as Europe/London (was '{channel.TimeZone}').");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
