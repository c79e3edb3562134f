using Microsoft.Extensions.Logging;
using NewsBot.Bot.Platforms.Slack.Api;
using NewsBot.Bot.Platforms.Slack.Rendering;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Slack;

/// <summary>
/// Slack as a chat platform for proactive posts (digests): renders an answer and posts its messages with the bot
/// token. A digest is posted once per idempotency key: a repeat (a retried job, a second call after a reconnect)
/// posts only the parts not yet posted, and nothing once all are.
/// </summary>
internal sealed class SlackChatPlatform(SlackApiClient api, ILogger<SlackChatPlatform> logger) : IChatPlatform, IDigestSender, IDisposable
{
    private readonly SemaphoreSlim _digestGate = new(1, 1);
    private readonly Dictionary<string, List<string>> _posted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _complete = new(StringComparer.Ordinal);

    public string Name => "slack";

    public string Platform => "slack";

    public async Task SendAsync(string channelId, ChatAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        foreach (var message in SlackBlockRenderer.Render(answer))
            await api.PostMessageAsync(channelId, message, threadTs: null, cancellationToken);
    }

    /// <summary>Posts a digest once per <paramref name="idempotencyKey"/>; returns the message ts values, comma-separated.</summary>
    public async Task<string?> SendDigestAsync(string channelId, ChatAnswer answer, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        await _digestGate.WaitAsync(cancellationToken);
        try
        {
            if (!_posted.TryGetValue(idempotencyKey, out var posted))
                _posted[idempotencyKey] = posted = [];
            if (_complete.Contains(idempotencyKey))
            {
                logger.DigestAlreadySent(idempotencyKey);
                return string.Join(',', posted);
            }

            var messages = SlackBlockRenderer.Render(answer);
            for (var i = posted.Count; i < messages.Count; i++)
                posted.Add(await api.PostMessageAsync(channelId, messages[i], threadTs: null, cancellationToken));
            _complete.Add(idempotencyKey);
            return string.Join(',', posted);
        }
        finally
        {
            _digestGate.Release();
        }
    }

    public void Dispose() => _digestGate.Dispose();
}
