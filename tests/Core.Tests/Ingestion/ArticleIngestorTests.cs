using Moq;
using NewsBot.Core.Articles;
using NewsBot.Core.Ingestion;
using NewsBot.Core.Storage;

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

    [Fact]
    public async Task IngestAsync_StoreFailsOnSecondArticle_NothingOfTheInputStoredOrMarked()
    {
        // A real failure inside the store's transaction, half way through the input.
        await ExecuteAsync("CREATE TRIGGER fail_b BEFORE INSERT ON articles WHEN new.article_id = 'b' BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
        var read = ArticleReadResult.Ok("two.json", [English("a", "Budget passed"), English("b", "Bridge reopened")]);

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => _bed.Ingestor.IngestAsync(read, "two.json", "h4", CancellationToken.None));

        Assert.Equal(0, (await _bed.Store.GetStatisticsAsync(CancellationToken.None)).Articles);
        Assert.False(await _bed.Store.IsProcessedAsync("two.json", "h4", CancellationToken.None));

        await ExecuteAsync("DROP TRIGGER fail_b;");
        var retry = await _bed.Ingestor.IngestAsync(read, "two.json", "h4", CancellationToken.None);

        Assert.Equal(2, retry.Stored);
        Assert.Equal(2, (await _bed.Store.GetStatisticsAsync(CancellationToken.None)).Articles);
        Assert.True(await _bed.Store.IsProcessedAsync("two.json", "h4", CancellationToken.None));
    }

    [Fact]
    public async Task IngestAsync_InputWithRepeatedArticle_CountsStoredAndDuplicates()
    {
        var read = ArticleReadResult.Ok("three.json", [English("a", "Budget passed"), English("b", "Bridge reopened"), English("a2", "Budget passed")]);

        var report = await _bed.Ingestor.IngestAsync(read, "three.json", "h5", CancellationToken.None);

        Assert.Equal((2, 1), (report.Stored, report.Duplicates));
        Assert.Equal(2, (await _bed.Store.GetStatisticsAsync(CancellationToken.None)).Articles);
    }

    [Fact]
    public async Task IngestAllAsync_SeveralInputs_OneStoreTransactionAndFailedReadQuarantined()
    {
        var saves = new List<IReadOnlyList<IngestedArticle>>();
        var (store, ingestor) = IngestionBed.RecordingIngestor(saves);
        IngestInput[] inputs =
        [
            new(ArticleReadResult.Ok("a.txt", [English("a", "Budget passed")]), "a.txt", "ha"),
            new(ArticleReadResult.Fail("bad.json", "article has no text"), "bad.json", "hb"),
            new(ArticleReadResult.Ok("c.json", [English("c1", "Bridge reopened"), English("c2", "Tram extended")]), "c.json", "hc"),
        ];

        var report = await ingestor.IngestAllAsync(inputs, CancellationToken.None);

        Assert.Equal((3, 0, 1), (report.Stored, report.Duplicates, report.Quarantined));
        var save = Assert.Single(saves);
        Assert.Equal([("a", "a.txt", "ha"), ("c1", "c.json", "hc"), ("c2", "c.json", "hc")], save.Select(i => (i.Article.Id, i.InputOrigin, i.ContentHash)));
        store.Verify(s => s.QuarantineAsync(It.Is<QuarantineEntry>(e => e.Origin == "bad.json" && e.ContentHash == "hb"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task IngestAllAsync_StoreRejectsOneInput_InputsBeforeItLandAndItsErrorIsThrown()
    {
        // A real failure inside the store's transaction, in the second of three inputs.
        await ExecuteAsync("CREATE TRIGGER fail_b BEFORE INSERT ON articles WHEN new.article_id = 'b' BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
        IngestInput[] inputs =
        [
            new(ArticleReadResult.Ok("a.txt", [English("a", "Budget passed")]), "a.txt", "ha"),
            new(ArticleReadResult.Ok("b.txt", [English("b", "Bridge reopened")]), "b.txt", "hb"),
            new(ArticleReadResult.Ok("c.txt", [English("c", "Tram extended")]), "c.txt", "hc"),
        ];

        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => _bed.Ingestor.IngestAllAsync(inputs, CancellationToken.None));

        Assert.Contains("disk full", error.Message, StringComparison.Ordinal);
        Assert.True(await _bed.Store.IsProcessedAsync("a.txt", "ha", CancellationToken.None));
        Assert.False(await _bed.Store.IsProcessedAsync("b.txt", "hb", CancellationToken.None));
        Assert.Equal(1, (await _bed.Store.GetStatisticsAsync(CancellationToken.None)).Articles);

        await ExecuteAsync("DROP TRIGGER fail_b;");
        var retry = await _bed.Ingestor.IngestAllAsync(inputs[1..], CancellationToken.None);

        Assert.Equal(2, retry.Stored);
        Assert.Equal(3, (await _bed.Store.GetStatisticsAsync(CancellationToken.None)).Articles);
    }

    private static Article English(string id, string title) =>
        new(id, title, $"{title}: the city council said on Tuesday that the work on the {title.ToLowerInvariant()} plan was finished after a long debate about its cost.");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(
            $"Data Source={Path.Combine(Path.GetDirectoryName(_bed.Folder)!, "news.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
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
