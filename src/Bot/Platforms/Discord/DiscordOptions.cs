namespace NewsBot.Bot.Platforms.Discord;

/// <summary>The Discord connection (configuration section "Discord"). Discord is off while no token is set.</summary>
public sealed class DiscordOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Discord";

    /// <summary>The bot token, without the "Bot " prefix. Set it only in the environment (NEWSBOT__Discord__Token).</summary>
    public string? Token { get; set; }

    /// <summary>The application id; taken from READY when empty.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>A guild whose commands are registered instantly (development); empty registers them globally.</summary>
    public string? DevelopmentGuildId { get; set; }

    /// <summary>The REST base address, including the API version. Point it at a fake Discord in tests.</summary>
    public string RestBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>The gateway address (without query); "?v=10&amp;encoding=json" is added.</summary>
    public string GatewayUrl { get; set; } = "wss://gateway.discord.gg";

    /// <summary>This instance's shard (0-based, below <see cref="ShardCount"/>).</summary>
    public int ShardId { get; set; }

    /// <summary>How many shards split the bot's guilds (guild_id &gt;&gt; 22 % count); 1 unless over 2,500 guilds.</summary>
    public int ShardCount { get; set; } = 1;

    /// <summary>
    /// How long an interaction may wait for its answer before it is deferred ("thinking...") and completed later
    /// (0-2500 ms; Discord's deadline for the first response is 3 s). 0 always defers.
    /// </summary>
    public int DeferAfterMilliseconds { get; set; } = 1000;

    /// <summary>The first reconnect delay; later ones double up to <see cref="MaxReconnectDelayMilliseconds"/>, with jitter.</summary>
    public int MinReconnectDelayMilliseconds { get; set; } = 1000;

    /// <summary>The longest reconnect delay.</summary>
    public int MaxReconnectDelayMilliseconds { get; set; } = 60_000;

    /// <summary>Channels that receive digests, with their topic profile and schedule.</summary>
    public IList<DiscordChannelOptions> Channels { get; init; } = [];

    /// <summary>
    /// Channel webhooks by name ("newsroom": "https://discord.com/api/webhooks/ID/TOKEN"): digests posted without the
    /// bot token. A channel entry "webhook:newsroom" delivers through one. The URLs are secrets: keep them in the environment.
    /// </summary>
    public IDictionary<string, string> WebhookUrls { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The optional HTTP interactions endpoint (instead of receiving interactions on the gateway).</summary>
    public DiscordInteractionsOptions Interactions { get; init; } = new();
}
