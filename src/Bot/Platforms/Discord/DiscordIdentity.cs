namespace NewsBot.Bot.Platforms.Discord;

/// <summary>Who the bot is, as READY said (the configured application id until then). Thread-safe.</summary>
internal sealed class DiscordIdentity(string? configuredApplicationId)
{
    private volatile string? _userId;
    private volatile string? _applicationId = string.IsNullOrEmpty(configuredApplicationId) ? null : configuredApplicationId;

    public string? UserId => _userId;

    public string? ApplicationId => _applicationId;

    public void Set(string userId, string applicationId)
    {
        _userId = userId;
        _applicationId ??= applicationId;
    }
}
