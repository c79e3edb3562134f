using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Platforms.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket. Its receive loop acknowledges each envelope the moment it is read, then hands it to
/// <c>onEnvelope</c> (which only queues it), so acks never wait for a handler. The WebSocket's own ping/pong
/// (KeepAliveTimeout) detects a connection that went silent and fails <see cref="Closed"/>.
/// </summary>
internal sealed class SlackSocketConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _disconnect = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<JsonElement> _onEnvelope;
    private readonly ILogger _logger;
    private Task _receiving = Task.CompletedTask;

    public SlackSocketConnection(SlackSocketTuning tuning, Action<JsonElement> onEnvelope, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        _socket.Options.KeepAliveInterval = tuning.PingInterval;
        _socket.Options.KeepAliveTimeout = tuning.PongTimeout;
        _onEnvelope = onEnvelope;
        _logger = logger;
        Tuning = tuning;
    }

    private SlackSocketTuning Tuning { get; }

    /// <summary>Completes with the reason when Slack sends a disconnect message (the socket may still deliver).</summary>
    public Task<string> DisconnectRequested => _disconnect.Task;

    /// <summary>Completes when the socket is closed; faulted when it failed or went silent.</summary>
    public Task Closed => _receiving;

    /// <summary>Connects to <paramref name="url"/> and waits for hello.</summary>
    public async Task ConnectAsync(Uri url, TimeProvider clock, CancellationToken cancellationToken)
    {
        await _socket.ConnectAsync(url, cancellationToken);
        _receiving = Task.Run(() => ReceiveAsync(_stop.Token), CancellationToken.None);
        var hello = await Task.WhenAny(_hello.Task, _receiving).WaitAsync(Tuning.HelloTimeout, clock, cancellationToken);
        if (hello != _hello.Task)
            throw new WebSocketException("The Socket Mode connection closed before hello.");
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        using var frame = new MemoryStream();
        try
        {
            while (true)
            {
                frame.SetLength(0);
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
                    if (result.MessageType == WebSocketMessageType.Close)
                        return;
                    frame.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);
                await HandleAsync(frame.GetBuffer().AsMemory(0, (int)frame.Length), cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(frame);
        }
        catch (JsonException e)
        {
            _logger.BadFrame(e);
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return;
            if (root.TryGetProperty("envelope_id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                // Ack first: Slack redelivers anything not acknowledged within 3 seconds.
                await SendAsync("{\"envelope_id\":" + JsonSerializer.Serialize(id.GetString()) + "}", cancellationToken);
                _onEnvelope(root);
                return;
            }

            var type = root.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type == "hello")
                _hello.TrySetResult();
            else if (type == "disconnect")
                _disconnect.TrySetResult(root.TryGetProperty("reason", out var r) ? r.GetString() ?? "" : "");
        }
    }

    private async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        await _sendGate.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>Closes politely (briefly), then tears the socket down.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _sendGate.WaitAsync(timeout.Token);
                try
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token);
                }
                finally
                {
                    _sendGate.Release();
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // Already broken: nothing to be polite to.
            }
        }

        await _stop.CancelAsync();
        _socket.Abort();
        try
        {
            await _receiving;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The loop ends with the socket; its failure was already reported through Closed.
        }

        _socket.Dispose();
        _sendGate.Dispose();
        _stop.Dispose();
    }
}
