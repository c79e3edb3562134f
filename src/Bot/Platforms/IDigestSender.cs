using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms;

/// <summary>
/// Delivers a scheduled digest exactly once: the platform uses <c>idempotencyKey</c> so that a retried delivery
/// (after a timeout, a reconnect or a restart) cannot post the digest twice.
/// </summary>
public interface IDigestSender
{
    /// <summary>The platform this sender posts to (discord, slack, console, or a webhook kind); digest channels name it.</summary>
    string Platform { get; }

    /// <summary>Posts <paramref name="answer"/> to <paramref name="channelId"/>; returns the posted message ids (comma-separated), if known.</summary>
    Task<string?> SendDigestAsync(string channelId, ChatAnswer answer, string idempotencyKey, CancellationToken cancellationToken);
}
