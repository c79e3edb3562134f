using System.Text;
using System.Text.Json;
using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// Reads article files: plain text and Markdown (headline on the first line), HTML, a JSON article object or array,
/// JSON Lines (one article object per line, as the evaluation datasets are), and dropped RSS/Atom feed files
/// (.xml, .rss, .atom: one result per item). A file that cannot be read is a failed result naming the reason; a
/// broken line of a .jsonl file or a broken feed item fails alone.
/// </summary>
public static class ArticleFileReader
{
    /// <summary>The extensions this reader understands.</summary>
    public static readonly IReadOnlySet<string> Extensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".xml", ".rss", ".atom" };

    /// <summary>The extensions read as RSS/Atom feeds.</summary>
    public static readonly IReadOnlySet<string> FeedExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".xml", ".rss", ".atom" };

    /// <summary>Reads every article of the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<ArticleReadResult> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ArticleReadResult.Fail(path, $"cannot read file: {e.Message}")];
        }

        return Parse(path, bytes);
    }

    /// <summary>Parses the bytes of a file as the file type of <paramref name="path"/>.</summary>
    public static IReadOnlyList<ArticleReadResult> Parse(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (FeedExtensions.Contains(Path.GetExtension(path)))
            return ReadFeed(path, bytes);
        string content;
        try
        {
            content = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return [ArticleReadResult.Fail(path, $"cannot read file: not UTF-8 ({e.Message})")];
        }

        return Parse(path, content.TrimStart('\uFEFF'));
    }

    private static IReadOnlyList<ArticleReadResult> ReadFeed(string path, byte[] bytes)
    {
        try
        {
            return FeedArticles.Read(FeedParser.Parse(bytes), path);
        }
        catch (InvalidDataException e)
        {
            return [ArticleReadResult.Fail(path, e.Message)];
        }
    }

    /// <summary>Parses <paramref name="content"/> as the file type of <paramref name="path"/>.</summary>
    public static IReadOnlyList<ArticleReadResult> Parse(string path, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".jsonl" => ReadJsonLines(path, content),
                ".xml" or ".rss" or ".atom" => ReadFeed(path, Encoding.UTF8.GetBytes(content)),
                ".json" => [ArticleReadResult.Ok(path, ReadJson(path, content))],
                ".html" or ".htm" => [ArticleReadResult.Ok(path, [HtmlArticleParser.Parse(path, content)])],
                _ => [ArticleReadResult.Ok(path, [PlainTextArticleParser.Parse(path, content)])],
            };
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or FormatException)
        {
            return [ArticleReadResult.Fail(path, e.Message)];
        }
    }

    private static List<ArticleReadResult> ReadJsonLines(string path, string content)
    {
        var results = new List<ArticleReadResult>();
        var lineNumber = 0;
        foreach (var line in content.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var origin = $"{path}:{lineNumber}";
            try
            {
                using var document = JsonDocument.Parse(line);
                results.Add(ArticleReadResult.Ok(origin, [FromJson(origin, document.RootElement)]));
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or FormatException)
            {
                results.Add(ArticleReadResult.Fail(origin, e.Message));
            }
        }

        return results;
    }

    private static List<Article> ReadJson(string path, string content)
    {
        using var document = JsonDocument.Parse(content);
        var root = document.RootElement;
        return root.ValueKind == JsonValueKind.Array
            ? root.EnumerateArray().Select((e, i) => FromJson($"{path}#{i}", e)).ToList()
            : [FromJson(path, root)];
    }

    private static Article FromJson(string origin, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new InvalidDataException("expected a JSON object with title and text");
        var id = StringOf(element, "id");
        var title = HtmlText.InlineText(StringOf(element, "title") ?? "");
        var text = StringOf(element, "text") is { } plain ? CleanText(plain) : null;
        if (text is null && StringOf(element, "html") is { } html)
            text = HtmlArticleParser.Parse(origin, html).Text;
        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidDataException("article has no \"text\" (or \"html\") field");
        var url = StringOf(element, "url") is { } u && Uri.TryCreate(u, UriKind.Absolute, out var parsed) ? parsed : null;
        var published = StringOf(element, "published") ?? StringOf(element, "date");
        return new Article(
            id ?? ArticleIds.ForOrigin(origin), title, text, url, PublicationDates.Parse(published),
            StringOf(element, "source") ?? StringOf(element, "publisher"), origin);
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    // JSON text has no offsets to keep, so it gets the full clean-up: paragraphs, Unicode, trailing furniture.
    private static string CleanText(string text)
    {
        var lines = TextNormaliser.Paragraphs(text).Split('\n').ToList();
        while (lines.Count > 0 && (Boilerplate.IsBoilerplate(lines[^1]) || Boilerplate.IsMarkupLine(lines[^1])))
            lines.RemoveAt(lines.Count - 1);
        return string.Join('\n', lines);
    }
}
