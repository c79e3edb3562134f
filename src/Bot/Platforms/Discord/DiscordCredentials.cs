namespace NewsBot.Bot.Platforms.Discord;

/// <summary>Holds the bot token so it travels to the two places that need it (REST header, identify) and nowhere else.</summary>
internal sealed class DiscordCredentials(string token)
{
    public string Token { get; } = token;

    public override string ToString() => "DiscordCredentials (token hidden)";
}
