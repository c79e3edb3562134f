using NewsBot.Core.Articles;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// Plain-text and Markdown articles: markup lines at the top are skipped, the first line with words is the headline,
/// and site boilerplate at the end is cut. The body stays a contiguous slice of the file, so quote offsets map back
/// to the file by <see cref="Article.TextOffset"/>.
/// </summary>
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
            if (line.Length == 0 || Boilerplate.IsByline(line))
                continue;
            title = line.TrimStart('#', ' ');
        }

        if (title is null)
            throw new InvalidDataException("file has no text");
        var bodyEnd = Boilerplate.TrailingCut(content, at);
        while (at < bodyEnd && char.IsWhiteSpace(content[at]))
            at++;
        var body = content[at..bodyEnd];
        if (body.Trim().Length == 0)
            throw new InvalidDataException("article has a headline but no body");
        return new Article(ArticleIds.ForOrigin(origin), title, body, Origin: origin) { TextOffset = at };
    }

    private static int LineEnd(string content, int from)
    {
        var end = content.IndexOf('\n', from);
        return end < 0 ? content.Length : end;
    }
}
