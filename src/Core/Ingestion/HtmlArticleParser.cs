using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// HTML pages and fragments to an article (AngleSharp): the headline from h1, og:title or title; the outlet from
/// og:site_name or the title's " | Outlet" suffix; the date from article:published_time or a time element; the
/// text of the article element (else main, else body) one paragraph per line, furniture and boilerplate removed.
/// </summary>
public static class HtmlArticleParser
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — "];

    /// <summary>Parses one HTML document or fragment; throws <see cref="InvalidDataException"/> when it has no text.</summary>
    public static Article Parse(string origin, string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = HtmlText.ParseDocument(html);
        var (pageTitle, titleOutlet) = SplitTitle(document.Title);
        var h1 = document.QuerySelector("article h1") ?? document.QuerySelector("h1");
        var title = h1 is not null ? HtmlText.InlineText(h1.TextContent) : Meta(document, "og:title") ?? pageTitle;
        var outlet = Meta(document, "og:site_name") ?? titleOutlet;
        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        h1?.Remove();
        var lines = (root is null ? "" : HtmlText.FromElement(root)).Split('\n')
            .Where(l => l.Length > 0 && !Boilerplate.IsByline(l) && l != title);
        var body = string.Join('\n', lines);
        if (body.Length == 0)
            throw new InvalidDataException("HTML has no readable text");
        return new Article(ArticleIds.ForOrigin(origin), title, body, Url(document), Published(document), outlet, origin);
    }

    private static (string Title, string? Outlet) SplitTitle(string? title)
    {
        var text = HtmlText.InlineText(title ?? "");
        foreach (var separator in TitleSeparators)
        {
            var at = text.LastIndexOf(separator, StringComparison.Ordinal);
            // Only a short tail is an outlet name; a long one is part of the headline.
            if (at > 0 && text.Length - at - separator.Length is > 0 and <= 40)
                return (text[..at], text[(at + separator.Length)..]);
        }

        return (text, null);
    }

    private static string? Meta(IHtmlDocument document, string property)
    {
        var meta = document.QuerySelector($"meta[property='{property}']") ?? document.QuerySelector($"meta[name='{property}']");
        var content = meta?.GetAttribute("content");
        return string.IsNullOrWhiteSpace(content) ? null : HtmlText.InlineText(content);
    }

    private static DateTimeOffset? Published(IHtmlDocument document) =>
        PublicationDates.Parse(Meta(document, "article:published_time") ?? Meta(document, "date") ?? Meta(document, "pubdate")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

    private static Uri? Url(IHtmlDocument document)
    {
        var link = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta(document, "og:url");
        return link is not null && Uri.TryCreate(link, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;
    }
}
