using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Tests.Platforms.Slack.Fakes;

/// <summary>
/// A scripted Slack on 127.0.0.1: the Web API methods the bot uses (/api/{method}), apps.connections.open and its
/// WebSocket (/socket), response_url (/response/{id}) and incoming webhooks (/services/{id}). Tokens are checked the
/// way Slack does (xapp- for connections, xoxb- for the rest). Every step lands in an ordered <see cref="Events"/> log.
/// </summary>
public sealed class FakeSlackServer : IAsyncDisposable
{
    public const string BotUserId = "UBOT0001";
    public const string TeamId = "T0FAKE01";

    /// <summary>Channels whose id starts with this do not exist (chat.* answer channel_not_found).</summary>
    public const string MissingChannelPrefix = "C0GONE";

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly List<string> _events = [];
    private readonly List<FakeSlackCall> _calls = [];
    private readonly List<FakeSlackSocket> _sockets = [];
    private readonly Dictionary<string, Queue<FakeSlackReply>> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonNode>> _acks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _envelopeSent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _ackReceived = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _lastPost = new(StringComparer.Ordinal);
    private int _ts;
    private int _socketNumber;
    private int _rateLimitedPosts;
    private int _pendingOpens;

    private FakeSlackServer(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    /// <summary>The fake's root, e.g. http://127.0.0.1:5123/.</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>The Web API base address to configure as Slack:ApiBaseUrl.</summary>
    public Uri ApiBaseUrl => new(Root, "api/");

    /// <summary>Cancelled when the fake stops.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Starts a fake on a free port of 127.0.0.1.</summary>
    public static async Task<FakeSlackServer> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlackServer(app, clock ?? TimeProvider.System);
        app.MapPost("/api/{method}", fake.WebApiAsync);
        app.MapPost("/response/{**rest}", context => fake.UrlPostAsync(context, "response_url", "{\"ok\":true}"));
        app.MapPost("/services/{**rest}", context => fake.UrlPostAsync(context, "webhook", "ok"));
        app.Map("/socket", fake.SocketAsync);
        await app.StartAsync();
        fake.Root = new Uri(app.Urls.First() + "/");
        return fake;
    }

    /// <summary>The ordered log: open#N, hello#N, envelope:ID#N, ack:ID#N, closed#N, dropped#N, call:METHOD.</summary>
    public IReadOnlyList<string> Events
    {
        get
        {
            lock (_gate)
                return [.. _events];
        }
    }

    /// <summary>Every HTTP call so far.</summary>
    public IReadOnlyList<FakeSlackCall> Calls
    {
        get
        {
            lock (_gate)
                return [.. _calls];
        }
    }

    /// <summary>The calls of one method.</summary>
    public IReadOnlyList<FakeSlackCall> CallsTo(string method) => [.. Calls.Where(c => c.Method == method)];

    /// <summary>
    /// When true, chat.postMessage answers 429 (Retry-After 1) to a post that arrives less than 0.9 s after the
    /// previous accepted post to the same channel: Slack's "about one message a second per channel", with its slack.
    /// </summary>
    public bool EnforceChannelRate { get; set; }

    /// <summary>Posts refused by <see cref="EnforceChannelRate"/>.</summary>
    public int RateLimitedPosts => Volatile.Read(ref _rateLimitedPosts);

    /// <summary>Time from the fake sending an envelope to its ack arriving, if both happened (Stopwatch-based).</summary>
    public TimeSpan? AckLatency(string envelopeId) =>
        _envelopeSent.TryGetValue(envelopeId, out var sent) && _ackReceived.TryGetValue(envelopeId, out var acked)
            ? System.Diagnostics.Stopwatch.GetElapsedTime(sent, acked)
            : null;

    /// <summary>apps.connections.open answers with an address that fails to connect, this many times.</summary>
    public void FailNextOpens(int count) => Interlocked.Exchange(ref _pendingOpens, count);

    /// <summary>Queues a scripted reply for the next call of <paramref name="method"/>.</summary>
    public void Script(string method, FakeSlackReply reply)
    {
        lock (_gate)
        {
            if (!_scripts.TryGetValue(method, out var queue))
                _scripts[method] = queue = new Queue<FakeSlackReply>();
            queue.Enqueue(reply);
        }
    }

    /// <summary>Waits for the <paramref name="number"/>-th WebSocket connection to be open (hello sent).</summary>
    public Task<FakeSlackSocket> WaitForSocketAsync(int number) => Eventually(() =>
    {
        lock (_gate)
            return _sockets.FirstOrDefault(s => s.Number == number);
    });

    /// <summary>Waits for the ack of <paramref name="envelopeId"/>; returns the ack frame.</summary>
    public Task<JsonNode> WaitForAckAsync(string envelopeId) =>
        _acks.GetOrAdd(envelopeId, _ => new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously)).Task.WaitAsync(TestTimeout);

    /// <summary>Waits until <paramref name="count"/> calls of <paramref name="method"/> have arrived.</summary>
    public Task<IReadOnlyList<FakeSlackCall>> WaitForCallsAsync(string method, int count = 1) =>
        Eventually(() => CallsTo(method) is { } calls && calls.Count >= count ? calls : null);

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static async Task<T> Eventually<T>(Func<T?> condition)
        where T : class
    {
        using var timeout = new CancellationTokenSource(TestTimeout);
        while (true)
        {
            if (condition() is { } value)
                return value;
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>A generous bound so a broken test fails instead of hanging; never a timing assertion.</summary>
    public static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(30);

    internal void Log(string entry)
    {
        lock (_gate)
            _events.Add(entry);
    }

    internal void RecordEnvelopeSent(string envelopeId) =>
        _envelopeSent[envelopeId] = System.Diagnostics.Stopwatch.GetTimestamp();

    internal void RecordAck(string envelopeId, int connection, JsonNode frame)
    {
        _ackReceived.TryAdd(envelopeId, System.Diagnostics.Stopwatch.GetTimestamp());
        Log($"ack:{envelopeId}#{connection}");
        _acks.GetOrAdd(envelopeId, _ => new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(frame);
    }

    private async Task WebApiAsync(HttpContext context, string method)
    {
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        // Slack takes form-encoded arguments as well as JSON (Slack's WebClient sends forms): keep JSON in the log.
        if (context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal) == true)
        {
            var form = new JsonObject();
            foreach (var (key, value) in Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(body))
                form[key] = value.ToString();
            body = form.ToJsonString();
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        FakeSlackReply? scripted;
        lock (_gate)
        {
            _calls.Add(new FakeSlackCall(method, authorization, body, _clock.GetUtcNow()));
            _events.Add("call:" + method);
            scripted = _scripts.TryGetValue(method, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }

        var reply = scripted ?? Default(method, authorization, body);
        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfterSeconds is { } seconds)
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(reply.Body);
    }

    private FakeSlackReply Default(string method, string authorization, string body)
    {
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization[7..] : "";
        if (method == "apps.connections.open")
        {
            if (!token.StartsWith("xapp-", StringComparison.Ordinal))
                return FakeSlackReply.Error(token.Length == 0 ? "not_authed" : "not_allowed_token_type");
            var path = Interlocked.Decrement(ref _pendingOpens) >= 0 ? "nowhere" : "socket";
            var ws = new UriBuilder(Root) { Scheme = "ws", Path = path, Query = "ticket=" + Guid.NewGuid().ToString("N") }.Uri;
            return new FakeSlackReply(200, new JsonObject { ["ok"] = true, ["url"] = ws.AbsoluteUri }.ToJsonString());
        }

        if (!token.StartsWith("xoxb-", StringComparison.Ordinal))
            return FakeSlackReply.Error(token.Length == 0 ? "not_authed" : "invalid_auth");
        switch (method)
        {
            case "auth.test":
                return new FakeSlackReply(200, new JsonObject
                {
                    ["ok"] = true, ["url"] = "https://fake.slack.com/", ["team"] = "Fake", ["user"] = "newsbot",
                    ["team_id"] = TeamId, ["user_id"] = BotUserId, ["bot_id"] = "BBOT0001",
                }.ToJsonString());
            case "chat.postMessage":
            case "chat.postEphemeral":
                var request = JsonNode.Parse(body.Length == 0 ? "{}" : body) as JsonObject;
                var channel = request?["channel"]?.GetValue<string>();
                if (string.IsNullOrEmpty(channel) || channel.StartsWith(MissingChannelPrefix, StringComparison.Ordinal))
                    return FakeSlackReply.Error("channel_not_found");
                if (request?["text"] is null && request?["blocks"] is null)
                    return FakeSlackReply.Error("no_text");
                if (method == "chat.postMessage" && EnforceChannelRate && TooSoon(channel))
                    return FakeSlackReply.RateLimited(1);
                var ts = $"1700000000.{Interlocked.Increment(ref _ts):D6}";
                var answer = new JsonObject { ["ok"] = true, ["channel"] = channel };
                answer[method == "chat.postMessage" ? "ts" : "message_ts"] = ts;
                return new FakeSlackReply(200, answer.ToJsonString());
            default:
                return FakeSlackReply.Error("unknown_method");
        }
    }

    private bool TooSoon(string channel)
    {
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            if (_lastPost.TryGetValue(channel, out var last) && now - last < TimeSpan.FromMilliseconds(900))
            {
                _rateLimitedPosts++;
                return true;
            }

            _lastPost[channel] = now;
            return false;
        }
    }

    private async Task UrlPostAsync(HttpContext context, string kind, string ok)
    {
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        FakeSlackReply? scripted;
        lock (_gate)
        {
            _calls.Add(new FakeSlackCall(kind, null, body, _clock.GetUtcNow()));
            _events.Add("call:" + kind);
            scripted = _scripts.TryGetValue(kind, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }

        var reply = scripted ?? new FakeSlackReply(200, ok);
        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfterSeconds is { } seconds)
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await context.Response.WriteAsync(reply.Body);
    }

    private async Task SocketAsync(HttpContext context)
    {
        var upgrade = context.Features.Get<IHttpUpgradeFeature>();
        var key = context.Request.Headers["Sec-WebSocket-Key"].ToString();
        if (upgrade is not { IsUpgradableRequest: true } || key.Length == 0 || !context.Request.Query.ContainsKey("ticket"))
        {
            context.Response.StatusCode = 400;
            return;
        }

        // The handshake by hand (RFC 6455), so the fake owns the stream and can make the connection go silent.
        context.Response.Headers.Connection = "Upgrade";
        context.Response.Headers.Upgrade = "websocket";
#pragma warning disable CA5350 // RFC 6455 fixes SHA-1 for the handshake; it protects nothing here.
        context.Response.Headers["Sec-WebSocket-Accept"] = Convert.ToBase64String(
            SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
#pragma warning restore CA5350
        var stream = new SilenceableStream(await upgrade.UpgradeAsync(), _stopping.Token);
        using var ws = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = TimeSpan.Zero });
        FakeSlackSocket socket;
        lock (_gate)
        {
            socket = new FakeSlackSocket(++_socketNumber, ws, stream, this);
            _events.Add($"open#{socket.Number}");
        }

        var running = socket.RunAsync();
        await socket.SendAsync(new JsonObject
        {
            ["type"] = "hello",
            ["num_connections"] = 1,
            ["debug_info"] = new JsonObject { ["host"] = "fake", ["approximate_connection_time"] = 3600 },
            ["connection_info"] = new JsonObject { ["app_id"] = "A0FAKE01" },
        });
        lock (_gate)
        {
            _events.Add($"hello#{socket.Number}");
            _sockets.Add(socket);
        }

        await running;
        socket.Dispose();
        await stream.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
