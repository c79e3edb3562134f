using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Hosting;
using NewsBot.Core.Ingestion;

namespace NewsBot.Bot.Ingestion;

/// <summary>
/// Keeps the store in step with the feed folder: one scan at start-up (finished before the chat starts), then a
/// scan shortly after any file-system event and a full rescan on a timer, because watcher events get lost under
/// load and on network shares. A file still being written is left for the next scan, which the next event or the
/// timer brings.
/// </summary>
internal sealed partial class FolderWatchService(
    FolderScanner scanner, IOptions<FeedOptions> options, ILogger<FolderWatchService> logger) : BackgroundService
{
    // A one-slot mailbox: any number of file events between two scans ask for one scan.
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await ScanAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = PathResolver.Folder(options.Value.Folder);
        using var watcher = CreateWatcher(folder);
        var interval = TimeSpan.FromSeconds(options.Value.RescanSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
                {
                    wait.CancelAfter(interval);
                    try
                    {
                        await _changed.Reader.ReadAsync(wait.Token);
                    }
                    catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                    {
                        // The rescan interval passed without an event: scan anyway.
                    }
                }

                // The scanner itself waits until each changed file's size and time settle before reading it.
                await ScanAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }

    private async Task ScanAsync(CancellationToken cancellationToken)
    {
        var folder = PathResolver.Folder(options.Value.Folder);
        try
        {
            var report = await scanner.ScanAsync(folder, options.Value.Recursive, cancellationToken);
            if (report.Stored + report.Duplicates + report.Quarantined > 0)
                LogScanned(folder, report.Stored, report.Duplicates, report.Quarantined);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogScanFailed(e, folder);
        }
    }

    private FileSystemWatcher? CreateWatcher(string folder)
    {
        if (!Directory.Exists(folder))
            return null;
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = options.Value.Recursive, EnableRaisingEvents = true };
        FileSystemEventHandler signal = (_, _) => Signal();
        watcher.Created += signal;
        watcher.Changed += signal;
        watcher.Renamed += (_, _) => Signal();
        return watcher;
    }

    private void Signal() => _changed.Writer.TryWrite(true);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Scanned {Folder}: {Stored} stored, {Duplicates} duplicates, {Quarantined} quarantined")]
    private partial void LogScanned(string folder, int stored, int duplicates, int quarantined);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Could not scan {Folder}")]
    private partial void LogScanFailed(Exception exception, string folder);
}
