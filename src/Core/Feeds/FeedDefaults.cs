namespace NewsBot.Core.Feeds;

/// <summary>Settings for feeds added from chat.</summary>
/// <param name="IntervalSeconds">Seconds between polls of a feed added with /feeds add.</param>
public sealed record FeedDefaults(int IntervalSeconds);
