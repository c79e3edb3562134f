using NewsBot.Core.Articles;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// Plain-text and Markdown articles: markup and byline lines around the headline are skipped, the first line with words is
/// the headline, and site boilerplate at the end is cut. The body stays a contiguous slice of the file, so quote
/// offsets map back to the file by <see cref="Article.TextOffset"/>; its Unicode clean-up replaces characters one
/// for one for the same reason.
/// </summary>
/// <remarks>
/// A file that opens with a "Key points" block has no headline of its own: the first bullet (the agency's one-line
/// summary) becomes the headline, and the body starts after the block, at the article's first paragraph.
/// </remarks>
public static class PlainTextArticleParser
{
    /// <summary>Parses one article; throws <see cref="InvalidDataException"/> when the file has no text.</summary>
    public static Article Parse(string origin, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var at = 0;
        string? title = null;
        while (at < content.Length && title is null)
        {
            var end = LineEnd(content, at);
            var line = Boilerplate.StripTags(content[at..end]).Trim();
            at = Math.Min(content.Length, end + 1);
            if (line.Length == 0 || Boilerplate.IsByline(line) || Boilerplate.IsMarkupLine(line))
                continue;
            if (Boilerplate.IsKeyPointsHeading(line))
            {
                (title, at) = KeyPoints(content, at);
                continue; // no bullets: the headline is still to come

            }

            title = line.TrimStart('#', ' ');
        }

        if (title is null)
            throw new InvalidDataException("file has no text");
        at = SkipBylines(content, at);
        var bodyEnd = Boilerplate.TrailingCut(content, at);
        while (at < bodyEnd && char.IsWhiteSpace(content[at]))
            at++;
        var body = content[at..bodyEnd];
        if (body.Trim().Length == 0)
            throw new InvalidDataException("article has a headline but no body");
        return new Article(ArticleIds.ForOrigin(origin), TextNormaliser.Line(title), TextNormaliser.SameLength(body), Origin: origin)
        {
            TextOffset = at,
        };
    }

    // The bullets under a "Key points" heading: the first one is the headline; the body starts after the last.
    private static (string? Title, int BodyStart) KeyPoints(string content, int at)
    {
        string? first = null;
        while (at < content.Length)
        {
            var end = LineEnd(content, at);
            var line = content[at..end].Trim();
            var bullet = line.Length > 1 && line[0] is '-' or '*' or '•' or '–';
            if (line.Length > 0 && !bullet)
                break;
            if (bullet && first is null)
                first = line[1..].Trim();
            at = Math.Min(content.Length, end + 1);
        }

        return (first, at);
    }

    // A credit line under the headline ("*By National Security Desk — WASHINGTON*") is not body text.
    private static int SkipBylines(string content, int at)
    {
        while (at < content.Length)
        {
            var end = LineEnd(content, at);
            var line = content[at..end].Trim().Trim('*', '_', ' ');
            if (line.Length > 0 && !Boilerplate.IsByline(line))
                break;
            at = Math.Min(content.Length, end + 1);
        }

        return at;
    }

    private static int LineEnd(string content, int from)
    {
        var end = content.IndexOf('\n', from);
        return end < 0 ? content.Length : end;
    }
}
