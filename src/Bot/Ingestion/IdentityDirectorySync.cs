using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Ingestion;

/// <summary>
/// Keeps the in-memory <see cref="IdentityResolver"/> and the store's speaker directory in step: loads every stored
/// identity once at start-up (after migration, before the folder watcher's first scan), then saves the identities
/// that ingest passes created or grew every few seconds and once more at shutdown.
/// </summary>
/// <remarks>
/// Saving on a tick rather than inside each ingest path covers the folder watcher, the feed poller and scheduler jobs
/// alike, and <see cref="IdentityResolver.SaveAsync"/> writes only changed identities, so an idle tick costs nothing.
/// </remarks>
internal sealed partial class IdentityDirectorySync(
    IdentityResolver identities, ISpeakerDirectory directory, TimeProvider clock, ILogger<IdentityDirectorySync> logger) : BackgroundService
{
    /// <summary>How often changed identities are written to the directory.</summary>
    public TimeSpan SaveInterval { get; init; } = TimeSpan.FromSeconds(5);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await identities.LoadAsync(directory, cancellationToken);
        LogLoaded(identities.Identities.Count);
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await SaveAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(SaveInterval, clock, stoppingToken);
                await SaveAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync saves once more.
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await identities.SaveAsync(directory, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed save leaves the store behind the resolver; those identities stay in memory and are saved when next grown.
            LogSaveFailed(ex);
        }
    }

    [LoggerMessage(EventId = 2120, Level = LogLevel.Information, Message = "Loaded {Count} speaker identities")]
    private partial void LogLoaded(int count);

    [LoggerMessage(EventId = 2121, Level = LogLevel.Warning, Message = "Could not save speaker identities")]
    private partial void LogSaveFailed(Exception exception);
}
