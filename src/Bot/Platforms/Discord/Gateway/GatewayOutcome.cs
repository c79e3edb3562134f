namespace NewsBot.Bot.Platforms.Discord.Gateway;

/// <summary>How one connection ended, and what the next one should do.</summary>
/// <param name="Reason">Why it ended, for the log.</param>
/// <param name="Resume">Keep the session and resume it (false: identify anew).</param>
/// <param name="Fatal">Stop for good: a close code that no retry can fix.</param>
/// <param name="Delay">A delay the protocol asks for (null: the backoff decides).</param>
/// <param name="Healthy">The connection reached READY or RESUMED, so the backoff starts over.</param>
internal sealed record GatewayOutcome(string Reason, bool Resume, bool Fatal = false, TimeSpan? Delay = null, bool Healthy = false);
