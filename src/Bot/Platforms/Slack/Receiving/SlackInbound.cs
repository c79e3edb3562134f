using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Slack.Receiving;

/// <summary>A request from Slack with where its answer goes.</summary>
/// <param name="Request">The platform-neutral request for the router.</param>
/// <param name="ResponseUrl">A slash command's response_url; null for mentions and DMs.</param>
/// <param name="ThreadTs">The thread to answer in (the question's ts, or its thread's); null for slash commands.</param>
internal sealed record SlackInbound(ChatRequest Request, Uri? ResponseUrl, string? ThreadTs);
