namespace NewsBot.Bot.Platforms.Slack;

/// <summary>
/// Slack settings (configuration section "Slack"). Secrets come from the environment
/// (NEWSBOT__Slack__BotToken, NEWSBOT__Slack__AppToken, NEWSBOT__Slack__SigningSecret), never from a committed file.
/// </summary>
public sealed class SlackOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Slack";

    /// <summary>The bot token (xoxb-...). Empty disables the Slack chat platform.</summary>
    public string? BotToken { get; set; }

    /// <summary>The app-level token (xapp-..., scope connections:write); required in Socket Mode.</summary>
    public string? AppToken { get; set; }

    /// <summary>The signing secret that verifies Slack's HTTP requests; required in Http mode.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>SocketMode (default, no public URL) or Http.</summary>
    public SlackMode Mode { get; set; } = SlackMode.SocketMode;

    /// <summary>The Web API base address; point it at a fake Slack in tests. The WebSocket address comes from apps.connections.open.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Socket Mode connections kept open at once for redundancy (1-10; Slack allows 10 per app).</summary>
    public int Connections { get; set; } = 1;

    /// <summary>In Http mode, the address Kestrel listens on (behind a TLS-terminating proxy).</summary>
    public string HttpListenUrl { get; set; } = "http://127.0.0.1:3000";

    /// <summary>The channels the bot serves, with their topic profile and digest schedule.</summary>
    public IList<SlackChannelOptions> Channels { get; } = [];

    /// <summary>Incoming-webhook URLs by name, for digest delivery without a bot token. The URLs are secrets too.</summary>
    public IDictionary<string, Uri> WebhookUrls { get; } = new Dictionary<string, Uri>(StringComparer.Ordinal);

    /// <summary>
    /// A prefix removed from slash command names, for workspaces where a name such as /search or /status is taken
    /// (by Slack's own commands or another app): with "news-", /news-search runs search. Empty by default.
    /// </summary>
    public string CommandPrefix { get; set; } = "";

    /// <summary>User ids (U...) allowed to change channel settings (/subscribe, /unsubscribe).</summary>
    public IList<string> AdminUserIds { get; } = [];
}
