using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsBot.Core.Evaluation;

/// <summary>
/// Reads evaluation sets in the JSON Lines formats of the shared datasets (one object a line). A missing field that
/// the task needs is an <see cref="InvalidDataException"/> naming the file and line.
/// </summary>
public static class DatasetReader
{
    /// <summary>
    /// Relevance items: <c>title</c>, <c>text</c>, and <c>relevant</c> (true/false); a set without <c>relevant</c>
    /// (such as AG News) is all off-topic. <c>split</c> is kept when present. Other fields are ignored on purpose:
    /// annotators' notes must never become features.
    /// </summary>
    public static IEnumerable<RelevanceItem> ReadRelevance(string path) =>
        ReadLines(path, (root, line) => new RelevanceItem(
            Id(root, line),
            OptionalString(root, "title") ?? "",
            RequiredString(root, "text", path, line),
            root.TryGetProperty("relevant", out var relevant) && relevant.ValueKind == JsonValueKind.True,
            OptionalString(root, "split")));

    /// <summary>Summary items: <c>text</c> and its reference <c>summary</c>.</summary>
    public static IEnumerable<SummaryItem> ReadSummaries(string path) =>
        ReadLines(path, (root, line) => new SummaryItem(
            Id(root, line),
            OptionalString(root, "title") ?? "",
            ToParagraphLines(RequiredString(root, "text", path, line)),
            RequiredString(root, "summary", path, line)));

    /// <summary>Keyphrase items: <c>text</c> and the gold <c>keyphrases</c> array.</summary>
    public static IEnumerable<KeyphraseItem> ReadKeyphrases(string path) =>
        ReadLines(path, (root, line) => new KeyphraseItem(
            Id(root, line),
            OptionalString(root, "title") ?? "",
            ToParagraphLines(RequiredString(root, "text", path, line)),
            root.TryGetProperty("keyphrases", out var phrases) && phrases.ValueKind == JsonValueKind.Array
                ? phrases.EnumerateArray().Select(p => p.GetString() ?? "").ToList()
                : throw new InvalidDataException($"{path}:{line}: no 'keyphrases' array.")));

    /// <summary>
    /// Brings a dataset text to the article contract, one paragraph a line: wire copy wraps lines inside paragraphs
    /// and starts paragraphs with an indent or a blank line, so only those breaks are kept.
    /// </summary>
    public static string ToParagraphLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var builder = new StringBuilder(text.Length);
        foreach (var raw in lines)
        {
            var startsParagraph = raw.Length == 0 || char.IsWhiteSpace(raw[0]);
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (builder.Length > 0 && builder[^1] != '\n')
                    builder.Append('\n');
                continue;
            }

            if (builder.Length > 0 && builder[^1] != '\n')
                builder.Append(startsParagraph ? '\n' : ' ');
            builder.Append(line);
        }

        return builder.ToString();
    }

    private static IEnumerable<T> ReadLines<T>(string path, Func<JsonElement, int, T> map)
    {
        ArgumentNullException.ThrowIfNull(path);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{number}: not valid JSON ({e.Message}).", e);
            }

            using (document)
                yield return map(document.RootElement, number);
        }
    }

    private static string Id(JsonElement root, int line) => root.TryGetProperty("id", out var id)
        ? id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText()
        : line.ToString(CultureInfo.InvariantCulture);

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string RequiredString(JsonElement root, string name, string path, int line) =>
        OptionalString(root, name) ?? throw new InvalidDataException($"{path}:{line}: no '{name}' string.");
}
