using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Operations;

namespace NewsBot.Bot.Platforms.Discord.Gateway;

/// <summary>
/// Keeps one gateway session alive for months: hello, heartbeats with zombie detection, identify or resume,
/// reconnects with jittered backoff, and a stop with the reason on the close codes that no retry can fix.
/// Events go to an <see cref="IGatewayEventSink"/>, which hands them off at once.
/// </summary>
internal sealed partial class DiscordGatewayClient(
    DiscordCredentials credentials, IOptions<DiscordOptions> options, IGatewayEventSink sink, TimeProvider clock,
    ILogger<DiscordGatewayClient> logger, SessionStartLimit? startLimit = null)
{
    private readonly DiscordOptions _options = options.Value;

    /// <summary>The jitter source (0-1); tests make it predictable.</summary>
    public Func<double> Random { get; init; } = System.Random.Shared.NextDouble;

    /// <summary>How long to wait for HELLO (and the TCP/TLS connect) before trying again.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public GatewaySession Session { get; } = new();

    /// <summary>Runs until cancelled (throws <see cref="OperationCanceledException"/>) or a fatal close (returns its reason).</summary>
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var backoff = new ReconnectBackoff(
            TimeSpan.FromMilliseconds(_options.MinReconnectDelayMilliseconds), TimeSpan.FromMilliseconds(_options.MaxReconnectDelayMilliseconds), Random);
        var failures = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var resume = Session.CanResume;
            GatewayOutcome outcome;
            try
            {
                outcome = await ConnectOnceAsync(resume, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                outcome = new GatewayOutcome($"connection lost ({e.GetType().Name}: {e.Message})", Resume: true);
            }

            if (outcome.Fatal)
                return outcome.Reason;
            if (!outcome.Resume)
                Session.Reset();
            failures = outcome.Healthy ? 0 : failures + 1;
            var delay = outcome.Delay ?? backoff.Next(Math.Max(0, failures - 1));
            LogReconnecting(outcome.Reason, Session.CanResume, delay.TotalMilliseconds);
            NewsBotMetrics.PlatformReconnected("discord");
            if (delay > TimeSpan.Zero)
                await Task.Delay(delay, clock, cancellationToken);
        }
    }

    private async Task<GatewayOutcome> ConnectOnceAsync(bool resume, CancellationToken cancellationToken)
    {
        if (!resume && startLimit is not null)
            await startLimit.WaitAsync(cancellationToken);
        var baseUrl = resume ? Session.ResumeUrl! : _options.GatewayUrl.TrimEnd('/');
        var socket = new ClientWebSocket();
        using var connection = new GatewayConnection(socket, new GatewaySendLimiter(clock));
        using (var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            connect.CancelAfter(HelloTimeout);
            await socket.ConnectAsync(new Uri(baseUrl + "/?v=10&encoding=json"), connect.Token);
        }

        using var live = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = new GatewayHeartbeat(clock, Random);
        Task<bool>? beating = null;
        var healthy = false;
        try
        {
            using (var hello = await ReceiveHelloAsync(connection, cancellationToken))
            {
                if (hello is null)
                    return new GatewayOutcome("no HELLO", Resume: resume);
                var interval = TimeSpan.FromMilliseconds(hello.RootElement.GetProperty("d").GetProperty("heartbeat_interval").GetDouble());
                beating = heartbeat.RunAsync(interval, ct => connection.SendAsync(GatewayPayload.Heartbeat(Session.Sequence), true, ct), live.Token);
                _ = beating.ContinueWith(_ => live.Cancel(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            await connection.SendAsync(resume
                ? GatewayPayload.Resume(credentials.Token, Session.SessionId!, Session.Sequence)
                : GatewayPayload.Identify(credentials.Token, GatewayIntents.NewsBot, _options.ShardId, _options.ShardCount), false, live.Token);
            LogConnected(resume ? "resuming" : "identifying", _options.ShardId, _options.ShardCount);
            while (true)
            {
                using var frame = await connection.ReceiveAsync(live.Token);
                if (frame is null)
                    return Closed((int?)connection.CloseStatus, healthy);
                var root = frame.RootElement;
                switch (root.GetProperty("op").GetInt32())
                {
                    case GatewayOpcode.Dispatch:
                        healthy |= OnDispatch(root);
                        break;
                    case GatewayOpcode.Heartbeat:
                        await connection.SendAsync(GatewayPayload.Heartbeat(Session.Sequence), true, live.Token);
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        heartbeat.Acknowledge();
                        break;
                    case GatewayOpcode.Reconnect:
                        await connection.CloseForResumeAsync("reconnect requested");
                        return new GatewayOutcome("Discord asked to reconnect (op 7)", Resume: true, Delay: TimeSpan.Zero, Healthy: healthy);
                    case GatewayOpcode.InvalidSession:
                        var resumable = root.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.True;
                        await connection.CloseForResumeAsync("invalid session");
                        return new GatewayOutcome($"invalid session (op 9, resumable: {resumable})", Resume: resumable,
                            Delay: new ReconnectBackoff(TimeSpan.FromMilliseconds(_options.MinReconnectDelayMilliseconds), TimeSpan.MaxValue, Random).AfterInvalidSession());
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && beating is { IsCompletedSuccessfully: true, Result: true })
        {
            await connection.CloseForResumeAsync("zombie connection");
            return new GatewayOutcome("no heartbeat ACK: zombie connection", Resume: true, Healthy: healthy);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && beating is { IsFaulted: true })
        {
            return new GatewayOutcome("heartbeat send failed", Resume: true, Healthy: healthy);
        }
        finally
        {
            await live.CancelAsync();
            if (beating is not null)
                await beating.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task<JsonDocument?> ReceiveHelloAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HelloTimeout);
        var frame = await connection.ReceiveAsync(timeout.Token);
        if (frame is not null && frame.RootElement.GetProperty("op").GetInt32() == GatewayOpcode.Hello)
            return frame;
        frame?.Dispose();
        return null;
    }

    /// <summary>Handles a dispatch; true when it proves the session works (READY or RESUMED).</summary>
    private bool OnDispatch(JsonElement root)
    {
        if (root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number)
            Session.Sequence = s.GetInt64();
        var type = root.GetProperty("t").GetString() ?? "";
        var data = root.GetProperty("d");
        switch (type)
        {
            case "READY":
                var ready = new GatewayReady(
                    data.GetProperty("user").GetProperty("id").GetString()!,
                    data.GetProperty("application").GetProperty("id").GetString()!,
                    data.GetProperty("session_id").GetString()!,
                    data.GetProperty("resume_gateway_url").GetString()!);
                Session.Start(ready.SessionId, ready.ResumeUrl);
                LogReady(ready.UserId, ready.ApplicationId);
                sink.OnReady(ready);
                return true;
            case "RESUMED":
                LogResumed(Session.Sequence);
                return true;
            default:
                sink.OnDispatch(type, data.Clone());
                return false;
        }
    }

    private static GatewayOutcome Closed(int? code, bool healthy)
    {
        if (GatewayCloseCodes.Fatal(code) is { } fatal)
            return new GatewayOutcome(fatal, Resume: false, Fatal: true);
        return new GatewayOutcome($"closed by Discord ({code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no code"})",
            Resume: !GatewayCloseCodes.EndsSession(code), Healthy: healthy);
    }

    [LoggerMessage(EventId = 6120, Level = LogLevel.Information, Message = "Discord gateway connected, {Action} (shard {ShardId}/{ShardCount})")]
    private partial void LogConnected(string action, int shardId, int shardCount);

    [LoggerMessage(EventId = 6121, Level = LogLevel.Information, Message = "Discord READY as user {UserId}, application {ApplicationId}")]
    private partial void LogReady(string userId, string applicationId);

    [LoggerMessage(EventId = 6122, Level = LogLevel.Information, Message = "Discord session resumed at sequence {Sequence}")]
    private partial void LogResumed(long? sequence);

    [LoggerMessage(EventId = 6123, Level = LogLevel.Warning, Message = "Discord gateway: {Reason}; reconnecting (resume: {Resume}) in {DelayMs} ms")]
    private partial void LogReconnecting(string reason, bool resume, double delayMs);
}
