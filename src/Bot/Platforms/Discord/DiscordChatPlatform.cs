using Microsoft.Extensions.Options;
using NewsBot.Bot.Platforms.Discord.Rendering;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Discord;

/// <summary>
/// Discord behind the chat-platform seam: answers and digests to a channel as the bot, or to a configured webhook
/// when the channel id is "webhook:NAME".
/// </summary>
internal sealed class DiscordChatPlatform(
    DiscordChannelSender channels, DiscordWebhookSender webhooks, IOptions<DiscordOptions> options) : IChatPlatform, IDigestSender
{
    public string Name => "discord";

    public string Platform => Name;

    public Task SendAsync(string channelId, ChatAnswer answer, CancellationToken cancellationToken) =>
        SendDigestAsync(channelId, answer, Guid.NewGuid().ToString("N"), cancellationToken);

    public async Task<string?> SendDigestAsync(string channelId, ChatAnswer answer, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        IReadOnlyList<string> ids;
        if (channelId.StartsWith("webhook:", StringComparison.Ordinal))
        {
            var name = channelId["webhook:".Length..];
            var webhook = options.Value.WebhookUrls.TryGetValue(name, out var url) ? DiscordWebhook.TryParse(url) : null;
            if (webhook is null)
                throw new InvalidOperationException($"Discord:WebhookUrls has no webhook named '{name}'.");
            ids = await webhooks.SendAsync(webhook, answer, cancellationToken);
        }
        else
        {
            ids = await channels.PostAsync(channelId, DiscordRenderer.Render(answer), idempotencyKey, null, cancellationToken);
        }

        return ids.Count == 0 ? null : string.Join(',', ids);
    }
}
