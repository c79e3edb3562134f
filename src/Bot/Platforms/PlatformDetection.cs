using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace NewsBot.Bot.Platforms;

/// <summary>Which chat platforms the configuration turns on: a platform is on when its token is set.</summary>
public static class PlatformDetection
{
    /// <summary>True when Discord:Token is set (from appsettings.json or NEWSBOT__Discord__Token).</summary>
    public static bool HasDiscord(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration?["Discord:Token"]);

    /// <summary>True when Slack:BotToken is set.</summary>
    public static bool HasSlack(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration?["Slack:BotToken"]);

    /// <summary>True when any chat platform is configured, so the console chat stays off.</summary>
    public static bool HasChatPlatform(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return HasDiscord(builder.Configuration) || HasSlack(builder.Configuration);
    }
}
