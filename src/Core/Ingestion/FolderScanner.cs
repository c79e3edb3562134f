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
        var report = IngestReport.Empty;
        foreach (var (path, stamp) in first)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (FileStamp.Of(path) != stamp)
            {
                report = report with { Unsettled = report.Unsettled + 1 };
                continue; // still being written (or gone): the next scan sees it
            }

            var done = await IngestFileAsync(path, cancellationToken);
            report = report.Add(done);
            if (done.Unsettled == 0)
                _handled[path] = stamp!;
        }

        return report;
    }

    private async Task<IngestReport> IngestFileAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (IOException)
        {
            return IngestReport.Empty with { Unsettled = 1 }; // locked by its writer: the next scan sees it
        }

        var hash = TextHash.OfBytes(bytes);
        if (await store.IsProcessedAsync(path, hash, cancellationToken))
            return IngestReport.Empty;
        var report = IngestReport.Empty;
        foreach (var read in ArticleFileReader.Parse(path, bytes))
            report = report.Add(await ingestor.IngestAsync(read, path, hash, cancellationToken));
        return report;
    }
}
