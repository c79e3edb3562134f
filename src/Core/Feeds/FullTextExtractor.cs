using NewsBot.Core.Ingestion;

namespace NewsBot.Core.Feeds;

/// <summary>
/// The main text of an article page (for feeds that carry only a teaser): SmartReader (a port of Mozilla's
/// Readability) finds the article element, and <see cref="HtmlText"/> turns it into clean paragraphs. When
/// SmartReader finds nothing readable, the page's article or main element is used instead.
/// </summary>
public static class FullTextExtractor
{
    /// <summary>The page's article text, or null when none can be found.</summary>
    public static string? Extract(Uri pageUrl, string html)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(html);
        var reader = new SmartReader.Reader(pageUrl.AbsoluteUri, html) { DisableJSONLD = true };
        var article = reader.GetArticle();
        var text = article.IsReadable && !string.IsNullOrWhiteSpace(article.Content) ? HtmlText.FromFragment(article.Content) : "";
        if (text.Length == 0)
        {
            try
            {
                text = HtmlArticleParser.Parse(pageUrl.AbsoluteUri, html).Text;
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }

        return text.Length == 0 ? null : text;
    }
}
