using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Bot.Operations;

/// <summary>
/// Touches Operations:HeartbeatFile while the host runs, so a container HEALTHCHECK can tell a live process from a
/// hung one without an HTTP endpoint. The file is removed on a clean stop.
/// </summary>
internal sealed partial class HeartbeatService(IOptions<OperationsOptions> options, TimeProvider clock, ILogger<HeartbeatService> logger) : BackgroundService
{
    private string File => Path.GetFullPath(options.Value.HeartbeatFile);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.HeartbeatSeconds), clock);
        do
        {
            Touch();
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            System.IO.File.Delete(File);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Its folder is already gone (a removed volume, a cleaned temp folder): nothing left to mark stale.
        }
    }

    /// <summary>Creates or updates the file's modification time (now, by <see cref="TimeProvider"/>).</summary>
    internal void Touch()
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(File)!);
            using (System.IO.File.Open(File, FileMode.OpenOrCreate, FileAccess.Write))
            {
                // Opening creates it; the time is set below.
            }

            System.IO.File.SetLastWriteTimeUtc(File, clock.GetUtcNow().UtcDateTime);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogTouchFailed(e, File);
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Could not touch the heartbeat file {File}")]
    private partial void LogTouchFailed(Exception exception, string file);
}
