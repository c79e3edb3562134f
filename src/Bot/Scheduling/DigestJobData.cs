using System.Globalization;
using NewsBot.Core.Storage;
using Quartz;

namespace NewsBot.Bot.Scheduling;

/// <summary>A digest job's target, kept as plain strings in its job data (portable through the JSON job store).</summary>
internal static class DigestJobData
{
    private const string Platform = "platform";
    private const string Channel = "channel";
    private const string Profile = "profile";
    private const string Cron = "cron";
    private const string TimeZone = "timeZone";

    /// <summary>On a catch-up fire only: the end of the period to post (ISO 8601), instead of the fire time's.</summary>
    public const string PeriodEnd = "periodEnd";

    public static JobDataMap Write(ChannelSubscription target) => new()
    {
        [Platform] = target.Platform,
        [Channel] = target.ChannelId,
        [Profile] = target.Profile,
        [Cron] = target.Cron,
        [TimeZone] = target.TimeZone,
    };

    public static ChannelSubscription Read(JobDataMap data) => new(
        Text(data, Platform), Text(data, Channel), Text(data, Profile), Text(data, Cron), Text(data, TimeZone));

    /// <summary>The catch-up period end, when this fire is a catch-up.</summary>
    public static DateTimeOffset? CatchUpPeriodEnd(JobDataMap data) =>
        data.TryGetValue(PeriodEnd, out var value) && value?.ToString() is { Length: > 0 } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : null;

    private static string Text(JobDataMap data, string key) =>
        data.TryGetValue(key, out var value) && value?.ToString() is { Length: > 0 } text
            ? text
            : throw new InvalidOperationException($"Digest job data has no '{key}'.");
}
