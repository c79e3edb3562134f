namespace NewsBot.Bot.Platforms.Slack.Api;

/// <summary>Who the bot is in its workspace, from auth.test at start-up.</summary>
/// <param name="UserId">The bot's user id (U...), to recognise its own messages and mentions.</param>
/// <param name="TeamId">The workspace id.</param>
/// <param name="BotId">The bot id (B...), on the bot's own messages.</param>
public sealed record SlackIdentity(string UserId, string TeamId, string? BotId);
