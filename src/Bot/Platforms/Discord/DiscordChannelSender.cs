using System.Text.Json.Nodes;
using NewsBot.Bot.Platforms.Discord.Rendering;
using NewsBot.Bot.Platforms.Discord.Rest;

namespace NewsBot.Bot.Platforms.Discord;

/// <summary>Posts rendered messages to a channel as the bot, each with a nonce so a retry can never post twice.</summary>
internal sealed class DiscordChannelSender(DiscordRestClient rest)
{
    /// <summary>Posts <paramref name="messages"/> in order; the first replies to <paramref name="replyTo"/> if given. Returns the message ids.</summary>
    public async Task<IReadOnlyList<string>> PostAsync(
        string channelId, IReadOnlyList<DiscordMessage> messages, string idempotencyKey, string? replyTo, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        for (var i = 0; i < messages.Count; i++)
        {
            var body = messages[i].ToJson();
            body["nonce"] = DiscordNonce.For(idempotencyKey, i);
            body["enforce_nonce"] = true;
            if (i == 0 && replyTo is not null)
                body["message_reference"] = new JsonObject { ["message_id"] = replyTo, ["fail_if_not_exists"] = false };
            var posted = await rest.SendAsync(DiscordRoutes.CreateMessage(channelId, body), cancellationToken);
            if (posted?.GetProperty("id").GetString() is { } id)
                ids.Add(id);
        }

        return ids;
    }
}
