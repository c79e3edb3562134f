namespace NewsBot.Core.Feeds;

/// <summary>One entry of a feed as the feed wrote it (HTML not yet cleaned).</summary>
/// <param name="Key">The item's identity: its guid or id, else its link, else a hash of its title and text.</param>
/// <param name="Title">The title, possibly with HTML and entities.</param>
/// <param name="Link">The item's page, resolved against the feed's base.</param>
/// <param name="Published">Publication (or else update) date, when readable.</param>
/// <param name="Summary">The description or summary (HTML or text).</param>
/// <param name="Content">The full content (content:encoded or Atom content), if any.</param>
/// <param name="Author">The author, if given.</param>
public sealed record FeedItem(string Key, string Title, Uri? Link, DateTimeOffset? Published, string? Summary, string? Content, string? Author);
