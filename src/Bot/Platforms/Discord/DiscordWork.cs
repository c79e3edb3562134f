using NewsBot.Bot.Platforms.Discord.Interactions;

namespace NewsBot.Bot.Platforms.Discord;

/// <summary>Work the gateway loop (or the HTTP endpoint) hands to the pump, so the loop itself never waits on a command.</summary>
internal abstract record DiscordWork;

/// <summary>A slash command to answer within Discord's 3 s through <paramref name="Reply"/>.</summary>
internal sealed record InteractionWork(DiscordInteraction Interaction, DateTimeOffset ReceivedAt, IInteractionReply Reply) : DiscordWork;

/// <summary>A message that mentions the bot: a question to answer with a reply.</summary>
internal sealed record MentionWork(string ChannelId, string MessageId, string UserId, string Question) : DiscordWork
{
    // Message text stays out of error logs (practice 8: bodies only at Debug).
    public override string ToString() => $"mention {MessageId} in {ChannelId}";
}

/// <summary>Register the slash commands for <paramref name="ApplicationId"/>.</summary>
internal sealed record RegisterCommandsWork(string ApplicationId) : DiscordWork;
