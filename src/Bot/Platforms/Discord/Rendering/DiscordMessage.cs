using System.Text.Json.Nodes;

namespace NewsBot.Bot.Platforms.Discord.Rendering;

/// <summary>One message's worth of embeds, within every Discord limit.</summary>
internal sealed record DiscordMessage(IReadOnlyList<DiscordEmbed> Embeds)
{
    /// <summary>The body for a message post, webhook, interaction response or edit. Never pings anyone.</summary>
    public JsonObject ToJson(bool ephemeral = false)
    {
        var body = new JsonObject
        {
            ["embeds"] = new JsonArray(Embeds.Select(e => (JsonNode)e.ToJson()).ToArray()),
            ["allowed_mentions"] = NoMentions(),
        };
        if (ephemeral)
            body["flags"] = 64;
        return body;
    }

    /// <summary>{"parse": []}: quoted and feed text can hold @everyone or &lt;@id&gt;; none of it may ping.</summary>
    public static JsonObject NoMentions() => new() { ["parse"] = new JsonArray() };
}
