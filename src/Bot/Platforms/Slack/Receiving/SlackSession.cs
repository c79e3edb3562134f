using NewsBot.Bot.Platforms.Slack.Api;

namespace NewsBot.Bot.Platforms.Slack.Receiving;

/// <summary>What the running bot knows about itself: its identity from auth.test, once signed in. Thread-safe.</summary>
internal sealed class SlackSession
{
    private volatile SlackIdentity? _identity;

    /// <summary>The bot's identity; null until auth.test has answered.</summary>
    public SlackIdentity? Identity
    {
        get => _identity;
        set => _identity = value;
    }
}
