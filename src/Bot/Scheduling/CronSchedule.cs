using Quartz;
using NewsBot.Core.Digests;

namespace NewsBot.Bot.Scheduling;

/// <summary>
/// Cron arithmetic for digests. A digest covers the period between the schedule's previous fire time and the one
/// it fired for, both taken from the cron expression, so a rerun, a late fire or a recovery on another instance
/// produces the same period (and the same idempotency key) as the fire on time would have.
/// </summary>
public static class CronSchedule
{
    /// <summary>True when <paramref name="cron"/> is a Quartz cron expression.</summary>
    public static bool IsValid(string? cron) => !string.IsNullOrWhiteSpace(cron) && CronExpression.TryParse(cron, out _);

    /// <summary>The expression read in <paramref name="timeZone"/> (an IANA id).</summary>
    public static CronExpression Parse(string cron, string timeZone)
    {
        var expression = CronExpression.Parse(cron);
        return expression.WithTimeZone(TimeZoneInfo.FindSystemTimeZoneById(timeZone));
    }

    /// <summary>
    /// The period of the fire scheduled at <paramref name="scheduled"/>: it ends at the latest fire time at or before
    /// it (the scheduled time itself unless a misfire moved it) and starts at the fire time before that.
    /// </summary>
    public static DigestPeriod PeriodEnding(CronExpression cron, DateTimeOffset scheduled)
    {
        ArgumentNullException.ThrowIfNull(cron);
        var whole = new DateTimeOffset(scheduled.UtcTicks - (scheduled.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var end = cron.IsSatisfiedBy(whole) ? whole : Previous(cron, whole);
        return new DigestPeriod(Previous(cron, end), end);
    }

    /// <summary>The latest fire time strictly before <paramref name="instant"/>.</summary>
    public static DateTimeOffset Previous(CronExpression cron, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(cron);
        return cron.GetPreviousValidTimeBefore(instant)?.ToUniversalTime()
            ?? throw new InvalidOperationException($"Cron expression '{cron.CronExpressionString}' has no fire time before {instant:O}.");
    }
}
