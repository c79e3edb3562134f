using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// Reads article files: plain text and Markdown (headline on the first line), HTML, a JSON article object or array,
/// and JSON Lines (one article object per line, as the evaluation datasets are). A file that cannot be read is a
/// failed result naming the reason; a broken line of a .jsonl file fails alone.
/// </summary>
public static class ArticleFileReader
{
    /// <summary>The extensions this reader understands.</summary>
    public static readonly IReadOnlySet<string> Extensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".html", ".htm", ".json", ".jsonl" };

    /// <summary>Reads every article of the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<ArticleReadResult> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string content;
        try
        {
            content = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return [ArticleReadResult.Fail(path, $"cannot read file: {e.Message}")];
        }

        return Parse(path, content);
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
        var title = StringOf(element, "title") ?? "";
        var text = StringOf(element, "text");
        if (text is null && StringOf(element, "html") is { } html)
            text = HtmlArticleParser.Parse(origin, html).Text;
        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidDataException("article has no \"text\" (or \"html\") field");
        var url = StringOf(element, "url") is { } u && Uri.TryCreate(u, UriKind.Absolute, out var parsed) ? parsed : null;
        var published = StringOf(element, "published") ?? StringOf(element, "date");
        return new Article(
            id ?? ArticleIds.ForOrigin(origin), title, text, url, ParseDate(published),
            StringOf(element, "source") ?? StringOf(element, "publisher"), origin);
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    internal static DateTimeOffset? ParseDate(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date : null;
}
