using NewsBot.Core.Storage;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// One pass over the feed folder: every article file not yet processed (by path and content hash) is read and
/// ingested. An edited file has a new hash, so it is read again and replaces its earlier version.
/// </summary>
public sealed class FolderScanner(INewsStore store, ArticleIngestor ingestor)
{
    /// <summary>Scans <paramref name="folder"/>; returns what was stored, skipped and quarantined.</summary>
    public async Task<IngestReport> ScanAsync(string folder, bool recursive, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Feed folder '{folder}' does not exist.");
        var report = IngestReport.Empty;
        var files = Directory.EnumerateFiles(folder, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(f => ArticleFileReader.Extensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var origin = Path.GetFullPath(file);
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            }
            catch (IOException)
            {
                continue; // still being written or gone: the next scan sees it
            }

            var hash = TextHash.OfBytes(bytes);
            if (await store.IsProcessedAsync(origin, hash, cancellationToken))
                continue;
            foreach (var read in ArticleFileReader.Read(origin))
                report = report.Add(await ingestor.IngestAsync(read, origin, hash, cancellationToken));
        }

        return report;
    }
}
