using NewsBot.Core.Quotes;

namespace NewsBot.Core.Storage;

/// <summary>A stored quote with the article it came from.</summary>
public sealed record QuoteHit(Quote Quote, long ArticleKey, string ArticleTitle, string? Outlet, Uri? Url, DateTimeOffset Date);
