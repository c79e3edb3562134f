using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsBot.Bot.Platforms.Discord;

/// <summary>
/// Finds questions for the bot in MESSAGE_CREATE events: a message that mentions the bot (by the READY user id in
/// mentions[] or as &lt;@id&gt; / &lt;@!id&gt;), or any direct message. Other bots and the bot itself are ignored.
/// </summary>
internal static partial class MentionDetector
{
    /// <summary>The question, with the mentions removed; null when the message is not for the bot.</summary>
    public static string? Question(JsonElement message, string botUserId)
    {
        if (!message.TryGetProperty("author", out var author) || author.ValueKind != JsonValueKind.Object)
            return null;
        if (author.TryGetProperty("bot", out var bot) && bot.ValueKind == JsonValueKind.True)
            return null;
        if (author.TryGetProperty("id", out var authorId) && authorId.GetString() == botUserId)
            return null;
        var content = message.TryGetProperty("content", out var c) ? c.GetString() ?? "" : "";
        var direct = !message.TryGetProperty("guild_id", out var guild) || guild.ValueKind != JsonValueKind.String;
        var mentioned = content.Contains($"<@{botUserId}>", StringComparison.Ordinal) || content.Contains($"<@!{botUserId}>", StringComparison.Ordinal);
        if (!mentioned && message.TryGetProperty("mentions", out var mentions) && mentions.ValueKind == JsonValueKind.Array)
            mentioned = mentions.EnumerateArray().Any(m => m.TryGetProperty("id", out var id) && id.GetString() == botUserId);
        if (!mentioned && !direct)
            return null;
        var question = content.Replace($"<@{botUserId}>", "", StringComparison.Ordinal).Replace($"<@!{botUserId}>", "", StringComparison.Ordinal);
        return Spaces().Replace(question, " ").Replace(" ,", ",", StringComparison.Ordinal).Trim(' ', ',', ':');
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
