using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Operations;
using NewsBot.Bot.Platforms.Slack.Api;
using NewsBot.Bot.Platforms.Slack.Receiving;

namespace NewsBot.Bot.Platforms.Slack.SocketMode;

/// <summary>
/// Keeps Slack:Connections Socket Mode connections open. On disconnect (warning, refresh_requested) it opens the
/// new connection before closing the old, so no event falls in between; on a failed or silent socket it
/// reconnects with backoff and jitter; on link_disabled, or a token Slack refuses, it stops the host and says why.
/// </summary>
internal sealed class SlackSocketModeService(
    SlackApiClient api, SlackIntake intake, SlackSession session, IOptions<SlackOptions> options, SlackSocketTuning tuning,
    TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<SlackSocketModeService> logger) : BackgroundService
{
    private int _connections;

    /// <summary>The jitter source; replaceable for tests.</summary>
    public Random Random { get; init; } = Random.Shared;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Slack being unreachable at start-up is waited out; a token Slack refuses is not.
        for (var failures = 1; session.Identity is null; failures++)
        {
            try
            {
                var identity = await api.AuthTestAsync(stoppingToken);
                session.Identity = identity;
                logger.SignedIn(identity.UserId, identity.TeamId);
            }
            catch (SlackApiException e) when (e.IsFatal)
            {
                Stop(e);
                return;
            }
            catch (SlackApiException e)
            {
                var delay = SlackBackoff.Delay(failures, tuning.BaseBackoff, tuning.MaxBackoff, Random);
                logger.SignInFailed(e.Error, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, clock, stoppingToken);
            }
        }

        await Task.WhenAll(Enumerable.Range(1, options.Value.Connections).Select(slot => RunSlotAsync(slot, stoppingToken)));
    }

    private async Task RunSlotAsync(int slot, CancellationToken stoppingToken)
    {
        SlackSocketConnection? current = null;
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (current is null)
                {
                    try
                    {
                        current = await OpenAsync(slot, stoppingToken);
                        failures = 0;
                    }
                    catch (SlackApiException e) when (e.IsFatal)
                    {
                        Stop(e);
                        return;
                    }
                    catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                    {
                        await BackOffAsync(e, slot, ++failures, stoppingToken);
                        continue;
                    }
                }

                var ended = await Task.WhenAny(current.DisconnectRequested, current.Closed).WaitAsync(stoppingToken);
                if (ended == current.DisconnectRequested)
                {
                    var reason = current.DisconnectRequested.Result;
                    if (reason == "link_disabled")
                    {
                        logger.LinkDisabled(slot);
                        lifetime.StopApplication();
                        return;
                    }

                    logger.DisconnectRequested(slot, reason);
                    var old = current;
                    try
                    {
                        current = await TryOpenAsync(slot, stoppingToken);
                    }
                    catch (SlackApiException e) when (e.IsFatal)
                    {
                        current = null;
                        await old.DisposeAsync();
                        Stop(e);
                        return;
                    }

                    await old.DisposeAsync();
                    continue;
                }

                var error = current.Closed.Exception?.GetBaseException();
                await current.DisposeAsync();
                current = null;
                await BackOffAsync(error, slot, ++failures, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
        finally
        {
            if (current is not null)
                await current.DisposeAsync();
        }
    }

    /// <summary>The replacement connection, or null (after which the loop backs off and retries from scratch).</summary>
    private async Task<SlackSocketConnection?> TryOpenAsync(int slot, CancellationToken stoppingToken)
    {
        try
        {
            return await OpenAsync(slot, stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested && e is not SlackApiException { IsFatal: true })
        {
            logger.SocketLost(e, slot, 0);
            return null;
        }
    }

    private async Task<SlackSocketConnection> OpenAsync(int slot, CancellationToken stoppingToken)
    {
        var url = await api.OpenConnectionAsync(stoppingToken);
        var connection = new SlackSocketConnection(tuning, intake.AcceptEnvelope, logger);
        try
        {
            await connection.ConnectAsync(url, clock, stoppingToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        var number = Interlocked.Increment(ref _connections);
        logger.SocketConnected(slot, number);
        // Connections past the configured count replace lost or refreshed ones.
        if (number > options.Value.Connections)
            NewsBotMetrics.PlatformReconnected("slack");
        return connection;
    }

    private Task BackOffAsync(Exception? error, int slot, int failures, CancellationToken stoppingToken)
    {
        var delay = SlackBackoff.Delay(failures, tuning.BaseBackoff, tuning.MaxBackoff, Random);
        logger.SocketLost(error, slot, (long)delay.TotalMilliseconds);
        return Task.Delay(delay, clock, stoppingToken);
    }

    private void Stop(SlackApiException e)
    {
        logger.FatalAuth(e.Method, e.Error);
        lifetime.StopApplication();
    }
}
