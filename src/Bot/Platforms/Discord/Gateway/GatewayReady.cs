namespace NewsBot.Bot.Platforms.Discord.Gateway;

/// <summary>What READY tells NewsBot about itself.</summary>
/// <param name="UserId">The bot user's id, to recognise mentions and its own messages.</param>
/// <param name="ApplicationId">The application's id, for commands and interaction follow-ups.</param>
/// <param name="SessionId">The session to resume.</param>
/// <param name="ResumeUrl">Where to resume it.</param>
internal sealed record GatewayReady(string UserId, string ApplicationId, string SessionId, string ResumeUrl);
