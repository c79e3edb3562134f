using System.Text.Json;

namespace NewsBot.Bot.Tests.Commands;

public sealed class AnalyzeCommandTests : IDisposable
{
    private static readonly string[] QuoteFields = ["speaker", "role", "text", "kind", "start", "end"];
    private static readonly string[] Kinds = ["direct", "partial", "indirect"];
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newsbot-analyze-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Analyze_SampleFolder_PrintsOneValidRecordPerArticleWithTheContractFields()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples", "feeds");
        var articleFiles = Directory.GetFiles(samples).Length;

        var (exit, output, error) = await NewsbotProcess.RunAsync(_folder.FullName, "analyze", samples, "--format", "jsonl");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(articleFiles, lines.Length);
        string[] fields = ["source", "id", "title", "published", "relevant", "score", "matched", "summary", "keyphrases", "quotes"];
        foreach (var line in lines)
        {
            using var record = JsonDocument.Parse(line);
            Assert.Equal(fields, record.RootElement.EnumerateObject().Select(p => p.Name));
            var source = File.ReadAllText(record.RootElement.GetProperty("source").GetString()!);
            foreach (var quote in record.RootElement.GetProperty("quotes").EnumerateArray())
            {
                Assert.Equal(QuoteFields, quote.EnumerateObject().Select(p => p.Name));
                Assert.Contains(quote.GetProperty("kind").GetString(), Kinds);
                // Offsets point at the quoted words in the file as read (plain text), so tools can highlight them.
                if (!record.RootElement.GetProperty("source").GetString()!.EndsWith(".json", StringComparison.Ordinal)
                    && !record.RootElement.GetProperty("source").GetString()!.EndsWith(".html", StringComparison.Ordinal))
                {
                    var start = quote.GetProperty("start").GetInt32();
                    var end = quote.GetProperty("end").GetInt32();
                    Assert.Equal(quote.GetProperty("text").GetString(), source[start..end]);
                }
            }
        }

        Assert.Contains(lines, l => l.Contains("\"relevant\":true", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"relevant\":false", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Analyze_BrokenFileAmongGoodOnes_NamesItOnStandardErrorAndProcessesTheRest()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "good.jsonl"),
            "{\"id\":\"g1\",\"title\":\"Allies discuss Ukraine guarantees\",\"text\":\"Allies discussed security guarantees for Ukraine.\"}\n" +
            "{\"id\":\"g2\",\"title\":\"Second\",\"text\":\"Another body.\"}\n");
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "broken.json"), "{\"title\": \"no text\"}");

        var (exit, output, error) = await NewsbotProcess.RunAsync(_folder.FullName, "analyze", _folder.FullName);

        Assert.Equal(1, exit);
        Assert.Contains("broken.json", error, StringComparison.Ordinal);
        Assert.Contains("no \"text\"", error, StringComparison.Ordinal);
        var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.Equal(["g1", "g2"], ids);
    }

    [Fact]
    public async Task Analyze_UnknownFormat_IsRefusedWithTheAllowedValues()
    {
        var (exit, _, error) = await NewsbotProcess.RunAsync(_folder.FullName, "analyze", _folder.FullName, "--format", "xml");

        Assert.NotEqual(0, exit);
        Assert.Contains("jsonl", error, StringComparison.Ordinal);
    }
}
