using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace NewsBot.Bot.Tests.Platforms.Slack.Fakes;

/// <summary>The fake's end of one Socket Mode connection, driven by the test.</summary>
public sealed class FakeSlackSocket(int number, WebSocket socket, SilenceableStream stream, FakeSlackServer server) : IDisposable
{
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>1 for the first connection the fake accepted, 2 for the next...</summary>
    public int Number => number;

    /// <summary>Completes when the client closed (or dropped) this connection.</summary>
    public Task Closed => _closed.Task;

    /// <summary>Sends a frame to the client.</summary>
    public async Task SendAsync(JsonNode frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        await _send.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Sends an envelope and notes when it went out.</summary>
    public Task SendEnvelopeAsync(string envelopeId, string type, JsonNode payload)
    {
        server.Log($"envelope:{envelopeId}#{number}");
        server.RecordEnvelopeSent(envelopeId);
        return SendAsync(new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["type"] = type,
            ["accepts_response_payload"] = type != "events_api",
            ["payload"] = payload,
            ["retry_attempt"] = 0,
            ["retry_reason"] = "",
        });
    }

    /// <summary>Sends Slack's disconnect message with <paramref name="reason"/>.</summary>
    public Task SendDisconnectAsync(string reason) =>
        SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "fake" } });

    /// <summary>Stops reading: pings go unanswered, as on a connection that silently died.</summary>
    public void GoSilent() => stream.Silence();

    /// <summary>Drops the TCP connection without a close handshake.</summary>
    public void Abort() => socket.Abort();

    public void Dispose() => _send.Dispose();

    /// <summary>Reads frames until the client closes; records each ack.</summary>
    internal async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    server.Log($"closed#{number}");
                    break;
                }

                var frame = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!;
                if (frame["envelope_id"]?.GetValue<string>() is { } id)
                    server.RecordAck(id, number, frame);
            }

        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            server.Log($"dropped#{number}");
        }
        finally
        {
            _closed.TrySetResult();
        }
    }
}
