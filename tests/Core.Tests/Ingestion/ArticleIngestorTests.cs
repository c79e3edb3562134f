using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Ingestion;

public sealed class ArticleIngestorTests : IDisposable
{
    private readonly IngestionBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task IngestAsync_FrenchArticle_StoredMarkedAndNotAnalysed()
    {
        var article = new Article("fr-1", "Le budget adopté",
            "Le conseil municipal a approuvé mardi le nouveau budget après un long débat sur le coût des transports publics et des écoles.");

        var report = await _bed.Ingestor.IngestAsync(ArticleReadResult.Ok("fr.txt", [article]), "fr.txt", "h1", CancellationToken.None);

        Assert.Equal(1, report.Stored);
        var stats = await _bed.Store.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal(1, stats.Articles);
        Assert.Equal(0, stats.RelevantArticles);
        Assert.True(await _bed.Store.IsProcessedAsync("fr.txt", "h1", CancellationToken.None));
        Assert.Equal("fr", await LanguageOf("fr-1"));
    }

    [Fact]
    public async Task IngestAsync_EnglishArticle_LanguageSet()
    {
        var article = new Article("en-1", "Budget passed",
            "The city council approved the new budget on Tuesday after a long debate about the cost of public transport and schools.");

        await _bed.Ingestor.IngestAsync(ArticleReadResult.Ok("en.txt", [article]), "en.txt", "h2", CancellationToken.None);

        Assert.Equal("en", await LanguageOf("en-1"));
    }

    [Fact]
    public async Task IngestAsync_Failure_QuarantinedWithOriginAndError()
    {
        var report = await _bed.Ingestor.IngestAsync(ArticleReadResult.Fail("bad.json", "article has no text"), "bad.json", "h3", CancellationToken.None);

        Assert.Equal(1, report.Quarantined);
        var entry = Assert.Single(await _bed.Store.ListQuarantineAsync(5, CancellationToken.None));
        Assert.Equal(("bad.json", "article has no text"), (entry.Origin, entry.Error));
    }

    private async Task<string?> LanguageOf(string id)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(
            $"Data Source={Path.Combine(Path.GetDirectoryName(_bed.Folder)!, "news.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT language FROM articles WHERE article_id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync() as string;
    }
}
