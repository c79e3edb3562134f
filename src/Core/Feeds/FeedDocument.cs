namespace NewsBot.Core.Feeds;

/// <summary>A parsed feed: its format, title (the outlet) and items in document order.</summary>
public sealed record FeedDocument(FeedFormat Format, string Title, Uri? Link, IReadOnlyList<FeedItem> Items);
