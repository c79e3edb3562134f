namespace NewsBot.Core.Chat.Handlers;

/// <summary>The one refusal every channel-settings command gives a member who is not an administrator.</summary>
public static class AdminOnly
{
    /// <summary>The refusal for <paramref name="command"/>, shown only to the asker.</summary>
    public static ChatAnswer Refusal(string command) => ChatAnswer.Text("Not allowed",
        $"/{command} changes this channel's settings, so only administrators can use it (Discord: Manage Server or the configured admin role; Slack: the configured admin users). Ask one of them.",
        ephemeral: true);
}
