namespace NewsBot.Bot.Platforms.Slack;

/// <summary>How Slack delivers events to the bot.</summary>
public enum SlackMode
{
    /// <summary>The bot opens WebSockets to Slack: no public URL needed (the default).</summary>
    SocketMode,

    /// <summary>Slack POSTs events, slash commands and interactions to the bot's public HTTPS endpoints.</summary>
    Http,
}
