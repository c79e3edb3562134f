using Microsoft.Extensions.Hosting;

namespace NewsBot.Bot.Platforms;

/// <summary>Tells whether a chat platform is configured, so the console chat runs only when none is.</summary>
internal static class PlatformDetection
{
    /// <summary>True when Discord:Token or Slack:BotToken is set.</summary>
    public static bool HasChatPlatform(this IHostApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder.Configuration["Discord:Token"])
        || !string.IsNullOrWhiteSpace(builder.Configuration["Slack:BotToken"]);
}
