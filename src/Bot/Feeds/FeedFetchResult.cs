namespace NewsBot.Bot.Feeds;

/// <summary>What one conditional GET of a feed returned.</summary>
/// <param name="NotModified">304: nothing new since the ETag / Last-Modified sent.</param>
/// <param name="Body">The response body (empty when not modified).</param>
/// <param name="ETag">The response's ETag, to send next time.</param>
/// <param name="LastModified">The response's Last-Modified, to send next time.</param>
/// <param name="Charset">The Content-Type charset, if any.</param>
internal sealed record FeedFetchResult(bool NotModified, byte[] Body, string? ETag, DateTimeOffset? LastModified, string? Charset);
