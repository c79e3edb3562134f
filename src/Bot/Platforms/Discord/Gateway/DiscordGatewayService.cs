using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Platforms.Discord.Gateway;

/// <summary>
/// Hosts the gateway connection. On a fatal close (bad token, bad shard, bad intents) it logs the reason and
/// stops the host with a non-zero exit code, so an orchestrator alerts instead of watching a restart loop.
/// </summary>
internal sealed partial class DiscordGatewayService(
    DiscordGatewayClient client, IHostApplicationLifetime lifetime, ILogger<DiscordGatewayService> logger) : BackgroundService
{
    /// <summary>The exit code after a fatal close.</summary>
    public const int FatalExitCode = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var reason = await client.RunAsync(stoppingToken);
            LogFatal(reason);
            Environment.ExitCode = FatalExitCode;
            lifetime.StopApplication();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(EventId = 6130, Level = LogLevel.Critical, Message = "Discord gateway stopped for good: {Reason}. Stopping NewsBot.")]
    private partial void LogFatal(string reason);
}
