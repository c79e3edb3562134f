using System.Text;
using System.Text.Json.Nodes;

namespace NewsBot.Bot.Platforms.Discord.Gateway;

/// <summary>Builds and serialises the payloads NewsBot sends on the gateway, within Discord's 4096-byte limit.</summary>
internal static class GatewayPayload
{
    /// <summary>The largest payload Discord accepts from a client; a bigger one closes the connection with 4002.</summary>
    public const int MaxBytes = 4096;

    /// <summary>UTF-8 JSON of <paramref name="payload"/>.</summary>
    /// <exception cref="InvalidOperationException">Over <see cref="MaxBytes"/>; the message gives the opcode and size, never the content.</exception>
    public static byte[] Serialize(JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        if (bytes.Length > MaxBytes)
            throw new InvalidOperationException($"Gateway payload op {payload["op"]} is {bytes.Length} bytes, over Discord's {MaxBytes}; not sent.");
        return bytes;
    }

    public static JsonObject Heartbeat(long? sequence) => new() { ["op"] = GatewayOpcode.Heartbeat, ["d"] = sequence };

    public static JsonObject Identify(string token, int intents, int shardId, int shardCount) => new()
    {
        ["op"] = GatewayOpcode.Identify,
        ["d"] = new JsonObject
        {
            ["token"] = token,
            ["intents"] = intents,
            ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "newsbot", ["device"] = "newsbot" },
            ["shard"] = new JsonArray(shardId, shardCount),
        },
    };

    public static JsonObject Resume(string token, string sessionId, long? sequence) => new()
    {
        ["op"] = GatewayOpcode.Resume,
        ["d"] = new JsonObject { ["token"] = token, ["session_id"] = sessionId, ["seq"] = sequence },
    };
}
