namespace NewsBot.Bot.Platforms.Discord.Rest;

/// <summary>
/// One rate-limit bucket as Discord last described it. Requests in a bucket go one at a time (the gate), so each
/// sees the remaining count the previous response reported.
/// </summary>
internal sealed class RateLimitBucket : IDisposable
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Requests left before <see cref="ResetAt"/>; null until a response said.</summary>
    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }

    public void Dispose() => Gate.Dispose();
}
