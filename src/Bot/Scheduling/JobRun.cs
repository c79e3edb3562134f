namespace NewsBot.Bot.Scheduling;

/// <summary>The last run of one job, for /status and newsbot status.</summary>
/// <param name="Job">The job's name (group.name).</param>
/// <param name="StartedAt">When it fired.</param>
/// <param name="Duration">How long it ran.</param>
/// <param name="Succeeded">False when it threw.</param>
/// <param name="Outcome">What it reported (a digest's delivery outcome, a rescan's counts) or the error message.</param>
/// <param name="Instance">The instance that ran it.</param>
public sealed record JobRun(string Job, DateTimeOffset StartedAt, TimeSpan Duration, bool Succeeded, string Outcome, string Instance);
