namespace NewsBot.Core.Chat;

/// <summary>
/// Turns a typed line into a request: "/whosaid Healey" is a command, "@newsbot what did ..." (or any other line)
/// is a question. Used by the console chat and by platforms whose messages arrive as text.
/// </summary>
public static class ChatLineParser
{
    /// <summary>The request a line asks for, or null for a blank line.</summary>
    public static ChatRequest? Parse(string line, string platform, string channelId, string userId, string botName = "newsbot")
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length == 0)
            return null;
        if (text.StartsWith('/'))
        {
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            var name = space < 0 ? text[1..] : text[1..space];
            var args = space < 0 ? "" : text[(space + 1)..].Trim();
            return new ChatRequest(platform, channelId, userId, name.ToLowerInvariant(), args);
        }

        var mention = "@" + botName;
        if (text.StartsWith(mention, StringComparison.OrdinalIgnoreCase))
            text = text[mention.Length..].TrimStart(' ', ',', ':');
        return new ChatRequest(platform, channelId, userId, "ask", text);
    }
}
