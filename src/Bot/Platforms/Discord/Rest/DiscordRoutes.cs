using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace NewsBot.Bot.Platforms.Discord.Rest;

/// <summary>The REST calls NewsBot makes, each with its rate-limit route and retry safety.</summary>
internal static class DiscordRoutes
{
    public static DiscordRequest CreateMessage(string channelId, JsonObject body) =>
        new(HttpMethod.Post, $"channels/{channelId}/messages", $"POST channels/{channelId}/messages", body)
        {
            Resource = "channel:" + channelId,
            Retryable = body["nonce"] is not null && body["enforce_nonce"]?.GetValue<bool>() == true,
        };

    public static DiscordRequest ExecuteWebhook(DiscordWebhook webhook, JsonObject body) =>
        new(HttpMethod.Post, $"webhooks/{webhook.Id}/{webhook.Token}?wait=true", $"POST webhooks/{webhook.Id}", body)
        {
            Resource = "webhook:" + webhook.Id,
            Authorize = false,
        };

    public static DiscordRequest InteractionCallback(string interactionId, string token, JsonObject body) =>
        new(HttpMethod.Post, $"interactions/{interactionId}/{token}/callback", $"POST interactions/{interactionId}/callback", body)
        {
            Authorize = false,
            Global = false,
        };

    public static DiscordRequest EditOriginal(string applicationId, string token, JsonObject body) =>
        new(HttpMethod.Patch, $"webhooks/{applicationId}/{token}/messages/@original", $"PATCH webhooks/{applicationId}/{Tag(token)}/messages/@original", body)
        {
            Authorize = false,
            Retryable = true,
            Global = false,
        };

    public static DiscordRequest DeleteOriginal(string applicationId, string token) =>
        new(HttpMethod.Delete, $"webhooks/{applicationId}/{token}/messages/@original", $"DELETE webhooks/{applicationId}/{Tag(token)}/messages/@original", null)
        {
            Authorize = false,
            Retryable = true,
            Global = false,
        };

    public static DiscordRequest FollowUp(string applicationId, string token, JsonObject body) =>
        new(HttpMethod.Post, $"webhooks/{applicationId}/{token}", $"POST webhooks/{applicationId}/{Tag(token)}", body)
        {
            Authorize = false,
            Global = false,
        };

    public static DiscordRequest OverwriteCommands(string applicationId, string? guildId, JsonArray commands) =>
        guildId is null
            ? new(HttpMethod.Put, $"applications/{applicationId}/commands", $"PUT applications/{applicationId}/commands", commands) { Retryable = true }
            : new(HttpMethod.Put, $"applications/{applicationId}/guilds/{guildId}/commands", $"PUT applications/{applicationId}/guilds/{guildId}/commands", commands) { Retryable = true };

    // An interaction token is a secret and long; a short digest keeps routes (and logs) apart without showing it.
    private static string Tag(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..12];
}
