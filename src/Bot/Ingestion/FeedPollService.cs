using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Feeds;
using NewsBot.Bot.Hosting;

namespace NewsBot.Bot.Ingestion;

/// <summary>
/// Drives <see cref="DueFeedPoller"/> every few seconds (each feed keeps its own interval). A scheduler job may drive
/// the same poller too; overlapping passes are skipped by the poller itself.
/// </summary>
internal sealed partial class FeedPollService(
    DueFeedPoller poller, IOptions<FeedOptions> options, TimeProvider clock, ILogger<FeedPollService> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.AllowPrivateAddresses)
            LogPrivateAddressesAllowed();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await poller.PollDueAsync(stoppingToken);
                await Task.Delay(Tick, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(EventId = 2110, Level = LogLevel.Warning, Message = "Feeds:AllowPrivateAddresses is on: feeds may reach loopback and private addresses. This is for tests only.")]
    private partial void LogPrivateAddressesAllowed();
}
