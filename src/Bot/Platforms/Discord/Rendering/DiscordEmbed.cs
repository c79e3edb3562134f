using System.Text.Json.Nodes;

namespace NewsBot.Bot.Platforms.Discord.Rendering;

/// <summary>One rich embed as NewsBot renders it: a title, a markdown description and a footer.</summary>
internal sealed record DiscordEmbed(string? Title, string Description, string? Footer)
{
    /// <summary>The characters Discord counts against the 6000 of a message.</summary>
    public int Length => (Title?.Length ?? 0) + Description.Length + (Footer?.Length ?? 0);

    public JsonObject ToJson()
    {
        var embed = new JsonObject();
        if (Title is not null)
            embed["title"] = Title;
        if (Description.Length > 0)
            embed["description"] = Description;
        if (Footer is not null)
            embed["footer"] = new JsonObject { ["text"] = Footer };
        embed["color"] = 0x2B6CB0;
        return embed;
    }
}
