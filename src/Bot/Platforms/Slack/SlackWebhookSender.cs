using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Platforms.Slack.Api;
using NewsBot.Bot.Platforms.Slack.Rendering;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Slack;

/// <summary>
/// Digest delivery through a Slack incoming webhook (no bot token): the channel id is the webhook's name in
/// Slack:WebhookUrls. Same rendering and limits as the bot; once per idempotency key, like <see cref="SlackChatPlatform"/>.
/// </summary>
internal sealed class SlackWebhookSender(SlackApiClient api, IOptions<SlackOptions> options, ILogger<SlackWebhookSender> logger) : IDigestSender, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, int> _posted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _complete = new(StringComparer.Ordinal);

    public string Platform => "slack-webhook";

    /// <summary>Posts the digest to the webhook named <paramref name="channelId"/>; returns null (webhooks give no message id).</summary>
    public async Task<string?> SendDigestAsync(string channelId, ChatAnswer answer, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        if (!options.Value.WebhookUrls.TryGetValue(channelId, out var url))
            throw new InvalidOperationException($"Slack:WebhookUrls has no webhook named '{channelId}'.");
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_complete.Contains(idempotencyKey))
            {
                logger.DigestAlreadySent(idempotencyKey);
                return null;
            }

            var messages = SlackBlockRenderer.Render(answer);
            for (var i = _posted.GetValueOrDefault(idempotencyKey); i < messages.Count; i++)
            {
                await api.PostToUrlAsync(url, messages[i].ToPayload(), "webhook", cancellationToken);
                _posted[idempotencyKey] = i + 1;
            }

            _complete.Add(idempotencyKey);
            return null;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
