using NewsBot.Bot.Platforms.Discord.Rendering;
using NewsBot.Bot.Platforms.Discord.Rest;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Discord;

/// <summary>
/// Posts answers (digests) through a channel webhook, without the bot token: the same rendering, limits and rate
/// limiting as the bot. Webhooks take no nonce, so a post is not retried after a timeout or 5xx: the failure is
/// reported as uncertain and the delivery log decides.
/// </summary>
internal sealed class DiscordWebhookSender(DiscordRestClient rest)
{
    public async Task<IReadOnlyList<string>> SendAsync(DiscordWebhook webhook, ChatAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        var ids = new List<string>();
        foreach (var message in DiscordRenderer.Render(answer))
        {
            var posted = await rest.SendAsync(DiscordRoutes.ExecuteWebhook(webhook, message.ToJson()), cancellationToken);
            if (posted?.GetProperty("id").GetString() is { } id)
                ids.Add(id);
        }

        return ids;
    }
}
