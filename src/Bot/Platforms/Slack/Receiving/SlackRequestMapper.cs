using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Platforms.Slack.Rendering;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Slack.Receiving;

/// <summary>
/// Turns Slack's slash commands and events into <see cref="ChatRequest"/>s. Mentions (app_mention) and direct
/// messages (message.im) become "ask"; messages from bots, from the bot itself and edits are ignored.
/// </summary>
internal sealed partial class SlackRequestMapper(IOptions<SlackOptions> options, SlackSession session)
{
    public const string Platform = "slack";

    /// <summary>The request a slash command's fields ask for, or null when they are incomplete.</summary>
    public SlackInbound? FromSlashCommand(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var command = fields.GetValueOrDefault("command")?.TrimStart('/').Trim().ToLowerInvariant();
        var channel = fields.GetValueOrDefault("channel_id");
        var user = fields.GetValueOrDefault("user_id");
        if (string.IsNullOrEmpty(command) || string.IsNullOrEmpty(channel) || string.IsNullOrEmpty(user))
            return null;
        var prefix = options.Value.CommandPrefix;
        if (!string.IsNullOrEmpty(prefix) && command.Length > prefix.Length && command.StartsWith(prefix, StringComparison.Ordinal))
            command = command[prefix.Length..];
        Uri.TryCreate(fields.GetValueOrDefault("response_url"), UriKind.Absolute, out var responseUrl);
        var text = SlackText.Unescape(fields.GetValueOrDefault("text") ?? "").Trim();
        return new SlackInbound(Request(channel, user, command, text), responseUrl, ThreadTs: null);
    }

    /// <summary>The question an event_callback carries, or null for anything the bot does not answer.</summary>
    public SlackInbound? FromEvent(JsonElement callback)
    {
        if (callback.ValueKind != JsonValueKind.Object || !callback.TryGetProperty("event", out var e) || e.ValueKind != JsonValueKind.Object)
            return null;
        var type = Text(e, "type");
        var isDirect = type == "message" && Text(e, "channel_type") == "im";
        if (type != "app_mention" && !isDirect)
            return null;
        var user = Text(e, "user");
        var me = session.Identity;
        if (e.TryGetProperty("bot_id", out _) || Text(e, "subtype") is not null || user is null || (me is not null && user == me.UserId))
            return null;
        var channel = Text(e, "channel");
        var ts = Text(e, "ts");
        if (channel is null || ts is null)
            return null;
        var question = SlackText.Unescape(Mention().Replace(Text(e, "text") ?? "", " ")).Trim();
        return new SlackInbound(Request(channel, user, "ask", question), ResponseUrl: null, Text(e, "thread_ts") ?? ts);
    }

    private ChatRequest Request(string channel, string user, string command, string arguments)
    {
        var settings = options.Value;
        return new ChatRequest(Platform, channel, user, command, arguments)
        {
            IsAdmin = settings.AdminUserIds.Contains(user, StringComparer.Ordinal),
            Profile = settings.Channels.FirstOrDefault(c => c.Id == channel)?.Profile is { Length: > 0 } profile ? profile : null,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A user mention as Slack encodes it: &lt;@U123&gt; or &lt;@U123|name&gt;.</summary>
    [GeneratedRegex(@"<@[UW][A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex Mention();
}
