using NewsBot.Core.Articles;
using NewsBot.Core.Ingestion;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Feed items to articles: HTML in titles and bodies cleaned, the feed's title as the outlet, the item key as the
/// stable identity (so the same item polled twice, or dropped as a file, is one article).
/// </summary>
public static class FeedArticles
{
    /// <summary>A body shorter than this, or ending in an ellipsis or "read more", is a teaser.</summary>
    public const int TeaserLength = 600;

    private static readonly string[] TeaserEndings = ["…", "...", "[…]", "[...]", "read more", "continue reading", "more »"];

    /// <summary>One read result per item; an item with neither title nor text fails alone.</summary>
    public static IReadOnlyList<ArticleReadResult> Read(FeedDocument feed, string origin)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return feed.Items.Select(item => ToResult(feed, item, origin)).ToList();
    }

    /// <summary>The article for <paramref name="item"/>, with <paramref name="fullText"/> as its body when given.</summary>
    public static Article ToArticle(FeedDocument feed, FeedItem item, string origin, string? fullText = null)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(item);
        var title = HtmlText.InlineText(item.Title);
        var text = fullText ?? BodyText(item);
        if (text.Length == 0)
            text = title;
        if (title.Length == 0)
            title = FirstLine(text);
        if (text.Length == 0)
            throw new InvalidDataException("feed item has neither a title nor any text");
        return new Article(ArticleIds.ForOrigin("feed-item:" + item.Key), title, text, item.Link, item.Published,
            feed.Title.Length > 0 ? feed.Title : null, origin);
    }

    /// <summary>True when the item carries only a teaser: no full content and a short or cut-off summary.</summary>
    public static bool IsTeaser(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Content is not null && HtmlText.FromFragment(item.Content).Length >= TeaserLength)
            return false;
        var text = BodyText(item);
        return text.Length < TeaserLength || TeaserEndings.Any(e => text.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    private static ArticleReadResult ToResult(FeedDocument feed, FeedItem item, string origin)
    {
        var itemOrigin = origin + "#" + item.Key;
        try
        {
            return ArticleReadResult.Ok(itemOrigin, [ToArticle(feed, item, origin)]);
        }
        catch (InvalidDataException e)
        {
            return ArticleReadResult.Fail(itemOrigin, e.Message);
        }
    }

    private static string BodyText(FeedItem item)
    {
        var content = item.Content is null ? "" : HtmlText.FromFragment(item.Content);
        var summary = item.Summary is null ? "" : HtmlText.FromFragment(item.Summary);
        return content.Length >= summary.Length ? content : summary;
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n')[0];
        return line.Length <= 120 ? line : line[..120].TrimEnd() + "…";
    }
}
