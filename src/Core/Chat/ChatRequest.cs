namespace NewsBot.Core.Chat;

/// <summary>
/// A platform-neutral request: a slash command with its arguments, or a free-text question to the bot.
/// </summary>
/// <param name="Platform">console, discord or slack.</param>
/// <param name="ChannelId">The platform's channel id (the console uses "console").</param>
/// <param name="UserId">The platform's user id of the asker.</param>
/// <param name="Command">The command name without slash ("whosaid"), or "ask" for a question.</param>
/// <param name="Arguments">Everything after the command name, or the question text.</param>
public sealed record ChatRequest(string Platform, string ChannelId, string UserId, string Command, string Arguments)
{
    /// <summary>True when the asker may change channel settings.</summary>
    public bool IsAdmin { get; init; }

    /// <summary>The topic profile this channel follows; null for the default profile.</summary>
    public string? Profile { get; init; }
}
