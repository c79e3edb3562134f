namespace NewsBot.Bot.Hosting;

/// <summary>One configured feed (an entry of "Feeds:Urls").</summary>
public sealed class FeedUrlOptions
{
    /// <summary>The feed's absolute http or https address.</summary>
    public string Url { get; set; } = "";

    /// <summary>Seconds between polls (10-86400).</summary>
    public int IntervalSeconds { get; set; } = 900;

    /// <summary>Fetch each item's linked page when the feed carries only a teaser.</summary>
    public bool FullText { get; set; }
}
