namespace NewsBot.Bot.Platforms.Discord.Gateway;

/// <summary>The intents NewsBot asks for: the minimum, and no privileged one (mentions carry their content anyway).</summary>
internal static class GatewayIntents
{
    public const int Guilds = 1;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;

    public const int NewsBot = Guilds | GuildMessages | DirectMessages;
}
