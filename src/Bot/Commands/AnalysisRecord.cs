using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;

namespace NewsBot.Bot.Commands;

/// <summary>
/// The analyze output. The JSON Lines record is a contract other tools rely on: field names and order are fixed,
/// and quote offsets refer to the input as read (the file, or the text field of a JSON input).
/// </summary>
internal static class AnalysisRecord
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJsonLine(string source, Article article, ArticleAnalysis analysis)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("source", source);
            json.WriteString("id", IsJsonInput(source) ? article.Id : null);
            json.WriteString("title", article.Title);
            json.WriteString("published", article.Published?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
            json.WriteBoolean("relevant", analysis.Relevance.IsRelevant);
            json.WriteNumber("score", analysis.Relevance.Score);
            WriteStrings(json, "matched", analysis.Relevance.Matches.Where(m => m.Weight > 0).Select(m => m.Term));
            WriteStrings(json, "summary", analysis.Summary);
            WriteStrings(json, "keyphrases", analysis.Keyphrases);
            json.WriteStartArray("quotes");
            foreach (var quote in analysis.Quotes)
            {
                json.WriteStartObject();
                json.WriteString("speaker", quote.Speaker);
                json.WriteString("role", quote.Role);
                json.WriteString("text", quote.Text);
                json.WriteString("kind", quote.Kind.ToString().ToLowerInvariant());
                json.WriteNumber("start", quote.Start + article.TextOffset);
                json.WriteNumber("end", quote.End + article.TextOffset);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string ToText(string source, Article article, ArticleAnalysis analysis)
    {
        var text = new StringBuilder();
        var relevance = analysis.Relevance;
        text.Append("## ").Append(article.Title).Append('\n');
        text.Append("source: ").Append(source).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"relevant: {(relevance.IsRelevant ? "yes" : "no")} ({relevance.Reason})\n");
        foreach (var match in relevance.Matches)
            text.Append(CultureInfo.InvariantCulture, $"  {match.Weight,6:+0.0;-0.0} {match.Term} ×{match.Count}\n");
        text.Append("summary:\n");
        foreach (var sentence in analysis.Summary)
            text.Append("  - ").Append(sentence).Append('\n');
        text.Append("keyphrases: ").Append(string.Join(", ", analysis.Keyphrases)).Append('\n');
        text.Append("quotes:\n");
        foreach (var quote in analysis.Quotes)
            text.Append(CultureInfo.InvariantCulture, $"  [{quote.Kind.ToString().ToLowerInvariant()}] {quote.Speaker}: “{quote.Text}”\n");
        return text.ToString();
    }

    private static bool IsJsonInput(string source) =>
        source.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || source.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
