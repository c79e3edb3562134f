using System.Text.Json.Nodes;

namespace NewsBot.Bot.Platforms.Slack.Rendering;

/// <summary>One Slack message ready to post: the plain fallback text (always sent) and its Block Kit blocks.</summary>
/// <param name="Text">Escaped mrkdwn fallback for notifications and clients without blocks.</param>
/// <param name="Blocks">The blocks, within <see cref="SlackLimits"/>.</param>
internal sealed record SlackMessage(string Text, JsonArray Blocks)
{
    /// <summary>The body for chat.postMessage, response_url or an incoming webhook, with link previews off.</summary>
    public JsonObject ToPayload()
    {
        return new JsonObject
        {
            ["text"] = Text,
            ["blocks"] = Blocks.DeepClone(),
            ["unfurl_links"] = false,
            ["unfurl_media"] = false,
            // Never let Slack turn names in quoted text into mentions.
            ["link_names"] = false,
            ["parse"] = "none",
        };
    }
}
