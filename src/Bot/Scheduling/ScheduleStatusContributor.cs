using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Core.Chat;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Scheduling;

/// <summary>
/// The schedule's part of /status and newsbot status: the next fire time of every digest and of housekeeping
/// (from their cron expressions, so it needs no running scheduler), the last run of each job and its outcome, and
/// digest deliveries left in doubt by a crash.
/// </summary>
internal sealed class ScheduleStatusContributor(
    DigestSchedules schedules, JobRunJournal journal, IDeliveryLog deliveries, IOptions<SchedulingOptions> options, TimeProvider clock) : IStatusContributor
{
    public async Task<IReadOnlyList<AnswerSection>> DescribeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var next = new StringBuilder();
        foreach (var digest in await schedules.ListAsync(cancellationToken))
        {
            var fire = CronSchedule.Parse(digest.Cron, digest.TimeZone).GetNextValidTimeAfter(now);
            next.Append(CultureInfo.InvariantCulture, $"digest {digest.Platform}:{digest.ChannelId} ({digest.Profile}): {Format(fire)}\n");
        }

        var housekeeping = CronSchedule.Parse(settings.HousekeepingCron, "UTC").GetNextValidTimeAfter(now);
        next.Append(CultureInfo.InvariantCulture, $"housekeeping: {Format(housekeeping)}\n");
        next.Append(CultureInfo.InvariantCulture, $"feed poll every {settings.FeedPollSeconds}s, folder rescan every {settings.FolderRescanSeconds}s");
        var sections = new List<AnswerSection> { new("Next runs", next.ToString()) };

        var runs = journal.LastRuns;
        sections.Add(new AnswerSection("Last runs", runs.Count == 0
            ? "No job has run yet."
            : string.Join('\n', runs.Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{r.Job}: {Format(r.StartedAt)} {(r.Succeeded ? "ok" : "FAILED")} ({r.Outcome}) on {r.Instance}")))));

        var stale = now - TimeSpan.FromMinutes(settings.InDoubtAfterMinutes);
        var inDoubt = (await deliveries.ListUnfinishedAsync(cancellationToken)).Where(d => d.StartedAt < stale).ToList();
        if (inDoubt.Count > 0)
            sections.Add(new AnswerSection("Digests in doubt (claimed, never confirmed; not re-posted: check the channel)",
                string.Join('\n', inDoubt.Select(d => $"{d.Key} by {d.Instance} at {Format(d.StartedAt)}"))));
        return sections;
    }

    private static string Format(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "never";
}
