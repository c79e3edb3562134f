namespace NewsBot.Bot.Hosting;

/// <summary>The feed folder the bot watches and the RSS/Atom feeds it polls (configuration section "Feeds").</summary>
public sealed class FeedOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Feeds";

    /// <summary>The folder of article files, relative to the working directory (or to the executable's folder).</summary>
    public string Folder { get; set; } = "samples/feeds";

    /// <summary>Whether sub-folders are watched too.</summary>
    public bool Recursive { get; set; } = true;

    /// <summary>Seconds between full rescans, which catch what file-system events miss.</summary>
    public int RescanSeconds { get; set; } = 60;

    /// <summary>Milliseconds a file's size and time must stay unchanged before it is read (50-60000).</summary>
    public int SettleMilliseconds { get; set; } = 1000;

    /// <summary>RSS/Atom feeds to poll, besides those added from chat.</summary>
    public List<FeedUrlOptions> Urls { get; set; } = [];

    /// <summary>Seconds between polls of a feed added from chat (60-86400).</summary>
    public int DefaultIntervalSeconds { get; set; } = 900;

    /// <summary>The largest feed or page accepted, in bytes (1 KiB - 100 MiB); larger responses are refused.</summary>
    public int MaxFeedBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Seconds one HTTP attempt may take (1-300).</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Retries of a failed request within one poll, with exponential backoff and jitter (0-10).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// TEST ONLY: lets feed URLs reach loopback and private addresses (a test server on 127.0.0.1). Off by default;
    /// the bot logs a warning at start-up when it is on. Never enable it in production: it opens the SSRF hole.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }
}
