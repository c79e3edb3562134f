using System.Text;
using System.Text.RegularExpressions;
using System.Net;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// HTML pages and fragments to an article: the headline from h1 or title, paragraphs kept one per line,
/// scripts, navigation and footers dropped, boilerplate lines removed.
/// </summary>
public static partial class HtmlArticleParser
{
    /// <summary>Parses one HTML document or fragment.</summary>
    public static Article Parse(string origin, string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var cleaned = Dropped().Replace(html, " ");
        var title = FirstText(H1(), cleaned) ?? FirstText(TitleTag(), cleaned) ?? "";
        var body = new StringBuilder();
        foreach (Match block in Block().Matches(cleaned))
        {
            if (block.Groups["tag"].Value.Equals("h1", StringComparison.OrdinalIgnoreCase))
                continue;
            var line = ToText(block.Groups["inner"].Value);
            if (line.Length == 0 || Boilerplate.IsBoilerplate(line))
                continue;
            body.Append(line).Append('\n');
        }

        if (body.Length == 0)
        {
            var text = ToText(Tag().Replace(cleaned, "\n"));
            body.Append(text);
        }

        var bodyText = body.ToString().TrimEnd();
        if (bodyText.Length == 0)
            throw new InvalidDataException("HTML has no readable text");
        return new Article(ArticleIds.ForOrigin(origin), title, bodyText, Origin: origin);
    }

    private static string? FirstText(Regex regex, string html)
    {
        var match = regex.Match(html);
        return match.Success ? ToText(match.Groups["inner"].Value) : null;
    }

    private static string ToText(string fragment) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tag().Replace(fragment, " ")), " ").Trim();

    [GeneratedRegex(@"<(script|style|nav|footer|header|aside|form|noscript)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Dropped();

    [GeneratedRegex(@"<h1\b[^>]*>(?<inner>.*?)</h1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex H1();

    [GeneratedRegex(@"<title\b[^>]*>(?<inner>.*?)</title\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleTag();

    [GeneratedRegex(@"<(?<tag>p|h1|h2|h3|li|blockquote)\b[^>]*>(?<inner>.*?)</\k<tag>\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\n\u00A0]+")]
    private static partial Regex Spaces();
}
