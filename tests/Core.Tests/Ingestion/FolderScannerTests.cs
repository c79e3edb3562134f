using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Ingestion;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Ingestion;

public sealed class FolderScannerTests : IDisposable
{
    private const string Article = "Bridge repairs approved\nThe council approved repairs to the old bridge on Tuesday after a long debate about the cost of the work.\n";

    private readonly IngestionBed _bed = new();

    public void Dispose() => _bed.Dispose();

    private FolderScanner Scanner(TimeProvider? clock = null) =>
        new(_bed.Store, _bed.Ingestor, clock ?? TimeProvider.System) { SettleDelay = TimeSpan.FromMilliseconds(20) };

    [Fact]
    public async Task ScanAsync_FileWrittenInTwoParts_NotReadHalfWay()
    {
        var clock = new FakeTimeProvider();
        var scanner = new FolderScanner(_bed.Store, _bed.Ingestor, clock) { SettleDelay = TimeSpan.FromSeconds(1) };
        var path = Path.Combine(_bed.Folder, "growing.txt");
        await using (var writer = new StreamWriter(path))
        {
            await writer.WriteAsync("Bridge repairs approved\nThe council approved repairs ");
            await writer.FlushAsync();
            var scan = scanner.ScanAsync(_bed.Folder, true, CancellationToken.None);
            // The scanner is waiting for the file to settle; the writer finishes the file meanwhile.
            await writer.WriteAsync("to the old bridge on Tuesday after a long debate about the cost of the work.\n");
            await writer.FlushAsync();
            clock.Advance(TimeSpan.FromSeconds(1));
            var first = await scan;
            Assert.Equal(0, first.Stored);
            Assert.Equal(1, first.Unsettled);
        }

        var second = scanner.ScanAsync(_bed.Folder, true, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await second).Stored);
        var stored = await _bed.Store.SearchArticlesAsync("debate", "coalition", 5, CancellationToken.None);
        Assert.Contains("cost of the work", Assert.Single(stored).Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanAsync_ManyFiles_SavedAFewArticlesPerTransaction()
    {
        var saves = new List<IReadOnlyList<IngestedArticle>>();
        var (store, ingestor) = IngestionBed.RecordingIngestor(saves);
        for (var i = 0; i < 5; i++)
            _bed.Write($"bridge{i}.txt", Article.Replace("old bridge", $"bridge number {i}", StringComparison.Ordinal));
        var scanner = new FolderScanner(store.Object, ingestor, TimeProvider.System) { SettleDelay = TimeSpan.FromMilliseconds(20), ArticlesPerTransaction = 2 };

        var report = await scanner.ScanAsync(_bed.Folder, true, CancellationToken.None);

        Assert.Equal(5, report.Stored);
        Assert.Equal([2, 2, 1], saves.Select(s => s.Count));
        Assert.Equal(5, saves.SelectMany(s => s).Select(i => i.InputOrigin).Distinct().Count());
    }

    [Fact]
    public async Task ScanAsync_AfterRestart_ProcessedFilesSkipped()
    {
        _bed.Write("bridge.txt", Article);
        Assert.Equal(1, (await Scanner().ScanAsync(_bed.Folder, true, CancellationToken.None)).Stored);

        var afterRestart = await Scanner().ScanAsync(_bed.Folder, true, CancellationToken.None);

        Assert.Equal(IngestReport.Empty, afterRestart);
        Assert.Equal(1, (await _bed.Store.GetStatisticsAsync(CancellationToken.None)).Articles);
    }

    [Fact]
    public async Task ScanAsync_EditedFile_NewVersionOfSameArticle()
    {
        var path = _bed.Write("bridge.txt", Article);
        var scanner = Scanner();
        await scanner.ScanAsync(_bed.Folder, true, CancellationToken.None);

        await File.WriteAllTextAsync(path, Article + "Work starts in May, the council said.\n");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        var report = await scanner.ScanAsync(_bed.Folder, true, CancellationToken.None);

        Assert.Equal(1, report.Stored);
        Assert.Equal(1, (await _bed.Store.GetStatisticsAsync(CancellationToken.None)).Articles);
        var stored = Assert.Single(await _bed.Store.SearchArticlesAsync("bridge", "coalition", 5, CancellationToken.None));
        Assert.Equal(ArticleIds.ForOrigin(Path.GetFullPath(path)), stored.Article.Id);
        Assert.Contains("Work starts in May", stored.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanAsync_RecursiveOff_SubfoldersIgnored()
    {
        _bed.Write(Path.Combine("sub", "bridge.txt"), Article);

        Assert.Equal(0, (await Scanner().ScanAsync(_bed.Folder, false, CancellationToken.None)).Stored);
        Assert.Equal(1, (await Scanner().ScanAsync(_bed.Folder, true, CancellationToken.None)).Stored);
    }

    [Fact]
    public async Task ScanAsync_DroppedFeedFileAndJsonArray_EveryItemStored()
    {
        _bed.Write("wire.rss", """
            <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
            <item><title>Port strike ends</title><link>https://wire.example/1</link><description>Dockers voted to accept the pay offer after a week-long strike at the port.</description></item>
            <item><title>Museum reopens</title><link>https://wire.example/2</link><description>The city museum reopened on Saturday after two years of renovation work.</description></item>
            </channel></rss>
            """);
        _bed.Write("pair.json", """
            [{"title": "Tram fares cut", "text": "Tram fares will be cut by a tenth from January, the transport authority said."},
             {"title": "Library hours", "text": "The central library will open on Sundays from next month, the council said."}]
            """);

        var report = await Scanner().ScanAsync(_bed.Folder, true, CancellationToken.None);

        Assert.Equal(4, report.Stored);
        Assert.Equal(0, report.Quarantined);
    }

    [Fact]
    public async Task ScanAsync_BrokenFeedAndArticle_QuarantinedWithOriginAndError()
    {
        var feed = _bed.Write("broken.xml", "<rss version=\"2.0\"><channel><title>Broken</title><item><title>Unclosed");
        var json = _bed.Write("broken.json", "{\"title\": \"no text\"}");

        var report = await Scanner().ScanAsync(_bed.Folder, true, CancellationToken.None);

        Assert.Equal(2, report.Quarantined);
        var quarantine = await _bed.Store.ListQuarantineAsync(10, CancellationToken.None);
        Assert.Contains(quarantine, q => q.Origin == Path.GetFullPath(feed) && q.Error.Contains("not well-formed", StringComparison.Ordinal));
        Assert.Contains(quarantine, q => q.Origin == Path.GetFullPath(json) && q.Error.Contains("text", StringComparison.Ordinal));
    }
}
