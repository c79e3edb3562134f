using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace NewsBot.Bot.Tests.Platforms.Discord.Fakes;

/// <summary>
/// One client connection to the fake gateway, scripted by the test: it sends HELLO, READY, events, reconnect
/// requests and closes, and reads what the client sent. Heartbeats are acknowledged unless <see cref="AutoAck"/> is off.
/// </summary>
public sealed class FakeGatewayConnection(WebSocket socket, string path, TaskCompletionSource done) : IDisposable
{
    private readonly Channel<JsonObject> _received = Channel.CreateUnbounded<JsonObject>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    /// <summary>"/gateway" for a fresh connection, "/resume" for one made to the resume_gateway_url.</summary>
    public string Path { get; } = path;

    public bool AutoAck { get; set; } = true;

    public int HeartbeatsReceived { get; private set; }

    /// <summary>The close code the client sent, once it closed.</summary>
    public int? ClientCloseCode { get; private set; }

    public Task Closed => done.Task;

    internal async Task PumpAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        ClientCloseCode = (int?)result.CloseStatus;
                        if (socket.State == WebSocketState.CloseReceived)
                            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                        return;
                    }

                    // Discord closes with 4002 on a payload over 4096 bytes; the fake counts it as a failure.
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (message.Length > 4096)
                    throw new InvalidOperationException("Client sent a gateway payload over 4096 bytes.");
                var frame = JsonNode.Parse(message.ToArray())!.AsObject();
                if (frame["op"]!.GetValue<int>() == 1)
                {
                    HeartbeatsReceived++;
                    if (AutoAck)
                        await SendAsync(new JsonObject { ["op"] = 11 });
                }

                await _received.Writer.WriteAsync(frame);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client dropped the connection (or the test aborted it).
        }
        finally
        {
            _received.Writer.TryComplete();
            done.TrySetResult();
        }
    }

    public async Task SendAsync(JsonObject payload)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public Task HelloAsync(int heartbeatInterval = 45_000) =>
        SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = heartbeatInterval } });

    public Task DispatchAsync(string type, long sequence, JsonNode data) =>
        SendAsync(new JsonObject { ["op"] = 0, ["t"] = type, ["s"] = sequence, ["d"] = data });

    /// <summary>The next frame with opcode <paramref name="op"/> (heartbeats are skipped unless asked for).</summary>
    public async Task<JsonObject> ExpectAsync(int op, int timeoutSeconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        while (true)
        {
            var frame = await _received.Reader.ReadAsync(timeout.Token);
            var got = frame["op"]!.GetValue<int>();
            if (got == op)
                return frame;
            if (got != 1)
                throw new InvalidOperationException($"Expected op {op}, got {frame.ToJsonString()}");
        }
    }

    public Task CloseAsync(int code, string reason = "") =>
        socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);

    /// <summary>Sends the first half of a frame and drops the connection: a gateway that dies mid-message.</summary>
    public async Task DropMidMessageAsync()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"op\":0,\"t\":\"MESSAGE_CREATE\",\"s\":99,\"d\":{\"content\":\"half");
        await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: false, CancellationToken.None);
        socket.Abort();
    }

    public void Abort() => socket.Abort();

    public void Dispose() => _sendLock.Dispose();
}
