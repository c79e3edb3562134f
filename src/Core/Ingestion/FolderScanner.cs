using System.Collections.Concurrent;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// One pass over the feed folder: every article or feed file not yet processed (by path and content hash) is read
/// and ingested. A file is read only once its size and modification time are the same at two checks
/// <see cref="SettleDelay"/> apart, so a file still being written is left for the next scan. An edited file has a
/// new hash, so it is read again and replaces its earlier version (its article id comes from its path).
/// </summary>
/// <remarks>Thread-safe: concurrent callers (the watcher, a scheduled rescan, a command) take turns.</remarks>
public sealed class FolderScanner(INewsStore store, ArticleIngestor ingestor, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    // The stamp of each file as last ingested, so an unchanged file is not read and hashed on every rescan.
    private readonly ConcurrentDictionary<string, FileStamp> _handled = new(StringComparer.Ordinal);

    /// <summary>How long a file's size and time must stay the same before it is read (default one second).</summary>
    public TimeSpan SettleDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many articles are saved per transaction (default <see cref="ArticleIngestor.ArticlesPerTransaction"/>).</summary>
    public int ArticlesPerTransaction { get; init; } = ArticleIngestor.ArticlesPerTransaction;

    /// <summary>Scans <paramref name="folder"/>; returns what was stored, skipped, quarantined and left unsettled.</summary>
    public async Task<IngestReport> ScanAsync(string folder, bool recursive, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            return await ScanOnceAsync(folder, recursive, cancellationToken);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _turn.Dispose();

    private async Task<IngestReport> ScanOnceAsync(string folder, bool recursive, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Feed folder '{folder}' does not exist.");
        var first = Directory.EnumerateFiles(folder, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(f => ArticleFileReader.Extensions.Contains(Path.GetExtension(f)))
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Stamp: FileStamp.Of(path)))
            .Where(f => f.Stamp is not null && !(_handled.TryGetValue(f.Path, out var done) && done == f.Stamp))
            .ToList();
        if (first.Count == 0)
            return IngestReport.Empty;

        await Task.Delay(SettleDelay, clock, cancellationToken);
        var batch = new Batch();
        var report = IngestReport.Empty;
        foreach (var (path, stamp) in first)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (FileStamp.Of(path) != stamp)
            {
                report = report with { Unsettled = report.Unsettled + 1 };
                continue; // still being written (or gone): the next scan sees it
            }

            var reads = await ReadFileAsync(path, cancellationToken);
            if (reads is null)
            {
                report = report with { Unsettled = report.Unsettled + 1 };
                continue;
            }

            batch.Add(path, stamp!, reads);
            if (batch.Articles >= ArticlesPerTransaction)
                report = report.Add(await IngestAsync(batch, cancellationToken));
        }

        return report.Add(await IngestAsync(batch, cancellationToken));
    }

    // Saves the gathered files in one transaction; only then are they remembered as handled.
    private async Task<IngestReport> IngestAsync(Batch batch, CancellationToken cancellationToken)
    {
        var report = batch.Inputs.Count == 0 ? IngestReport.Empty : await ingestor.IngestAllAsync(batch.Inputs, cancellationToken);
        foreach (var (path, stamp) in batch.Files)
            _handled[path] = stamp;
        batch.Clear();
        return report;
    }

    // What the file's reader made of it; empty when it was processed before; null when it cannot be read yet.
    private async Task<IReadOnlyList<IngestInput>?> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (IOException)
        {
            return null; // locked by its writer: the next scan sees it
        }

        var hash = TextHash.OfBytes(bytes);
        if (await store.IsProcessedAsync(path, hash, cancellationToken))
            return [];
        return ArticleFileReader.Parse(path, bytes).Select(read => new IngestInput(read, path, hash)).ToList();
    }

    // Settled files read since the last save, with the stamps to remember once they are saved.
    private sealed class Batch
    {
        public List<IngestInput> Inputs { get; } = [];

        public List<(string Path, FileStamp Stamp)> Files { get; } = [];

        public int Articles { get; private set; }

        public void Add(string path, FileStamp stamp, IReadOnlyList<IngestInput> reads)
        {
            Inputs.AddRange(reads);
            Files.Add((path, stamp));
            Articles += reads.Sum(r => Math.Max(1, r.Read.Articles.Count));
        }

        public void Clear()
        {
            Inputs.Clear();
            Files.Clear();
            Articles = 0;
        }
    }
}
