using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Bot.Platforms.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway: whole-message receive, and sends that are serialised, size-checked and rate-limited.
/// </summary>
internal sealed class GatewayConnection(WebSocket socket, GatewaySendLimiter limiter) : IDisposable
{
    // A GUILD_CREATE for a large guild runs to megabytes; anything past this is not a payload NewsBot can use.
    private const int MaxReceiveBytes = 32 * 1024 * 1024;
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    /// <summary>The next whole message, or null when the server closed the connection (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxReceiveBytes)
                throw new WebSocketException(WebSocketError.Faulted, "Gateway message over 32 MB.");
            if (result.EndOfMessage)
                return JsonDocument.Parse(buffer.WrittenMemory);
        }
    }

    public async Task SendAsync(JsonObject payload, bool heartbeat, CancellationToken cancellationToken)
    {
        var bytes = GatewayPayload.Serialize(payload);
        await limiter.WaitAsync(heartbeat, cancellationToken);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Closes with a code other than 1000/1001, which keeps the session resumable; gives up after a moment and
    /// aborts, since a zombie peer will never answer the close.
    /// </summary>
    public async Task CloseForResumeAsync(string reason)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    await socket.CloseOutputAsync((WebSocketCloseStatus)4000, reason, timeout.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The peer is gone or stuck; aborting below drops the TCP connection either way.
        }

        socket.Abort();
    }

    public void Dispose()
    {
        socket.Dispose();
        _sendLock.Dispose();
    }
}
