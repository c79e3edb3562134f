using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Tests.Platforms.Discord.Fakes;

/// <summary>
/// A scripted Discord on 127.0.0.1 (Kestrel): a WebSocket gateway whose connections the test drives, and REST that
/// behaves as documented (messages with nonce/enforce_nonce, webhooks, interaction callbacks, command overwrite,
/// per-channel rate limits with X-RateLimit-* headers and 429s) with one-shot failures the test can script.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    public const string Token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB";

    private readonly WebApplication _app;
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly ConcurrentQueue<(Func<FakeRestRequest, bool> Match, FakeRestResponse Response, bool AfterCreate)> _scripted = new();
    private readonly ConcurrentDictionary<string, (int Used, DateTimeOffset Reset)> _windows = new();
    private readonly Lock _lock = new();
    private long _nextId = 1_000_000_000_000_000;

    private FakeDiscord(WebApplication app) => _app = app;

    // The most recently started fake, so a timed-out wait can show what the client did send.
    private static FakeDiscord? Last { get; set; }

    public Uri BaseAddress { get; private set; } = null!;

    public string RestBaseUrl => new Uri(BaseAddress, "api/v10").ToString();

    public string GatewayUrl => new Uri(BaseAddress, "gateway").ToString().Replace("http", "ws", StringComparison.Ordinal);

    public string ResumeUrl => new Uri(BaseAddress, "resume").ToString().Replace("http", "ws", StringComparison.Ordinal);

    /// <summary>Message posts a channel accepts per <see cref="MessageWindow"/> before 429 (Discord's is about 5 per 5 s).</summary>
    public int MessageLimit { get; set; } = 5;

    public TimeSpan MessageWindow { get; set; } = TimeSpan.FromSeconds(5);

    public ConcurrentQueue<FakeRestRequest> Requests { get; } = new();

    /// <summary>Raised as each REST request arrives, before it is answered.</summary>
    public event Action<FakeRestRequest>? RequestReceived;

    /// <summary>Messages by channel id (webhook posts under "webhook:ID").</summary>
    public ConcurrentDictionary<string, List<JsonObject>> Messages { get; } = new();

    public int TooManyRequestsSent => _tooMany;

    private int _tooMany;

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        Last = fake;
        app.UseWebSockets();
        app.Map("/gateway", fake.AcceptAsync);
        app.Map("/resume", fake.AcceptAsync);
        app.Map("/api/v10/{**path}", fake.RestAsync);
        await app.StartAsync();
        fake.BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>The next gateway connection the client makes.</summary>
    public async Task<FakeGatewayConnection> NextConnectionAsync(int timeoutSeconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        return await _connections.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Answers the next request matching <paramref name="match"/> with <paramref name="response"/> (once).</summary>
    public void Script(Func<FakeRestRequest, bool> match, FakeRestResponse response) => _scripted.Enqueue((match, response, false));

    /// <summary>Creates the next matching message as usual, then answers <paramref name="response"/>: the response was lost.</summary>
    public void ScriptAfterCreate(Func<FakeRestRequest, bool> match, FakeRestResponse response) => _scripted.Enqueue((match, response, true));

    public IReadOnlyList<FakeRestRequest> RequestsTo(string method, string pathPrefix) =>
        Requests.Where(r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();

    public IReadOnlyList<JsonObject> MessagesIn(string channel)
    {
        lock (_lock)
            return Messages.TryGetValue(channel, out var list) ? list.ToList() : [];
    }

    /// <summary>Waits until <paramref name="condition"/> holds (polling), failing after <paramref name="timeoutSeconds"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, int timeoutSeconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("Condition not met in time." + (Last is null ? "" : " Requests: " + string.Join("; ", Last.Requests.Select(r => $"{r.Method} {r.Path} {r.Body}"))));
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || context.Request.Query["v"] != "10" || context.Request.Query["encoding"] != "json")
        {
            context.Response.StatusCode = 400;
            return;
        }

        var socket = await context.WebSockets.AcceptWebSocketAsync();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var connection = new FakeGatewayConnection(socket, context.Request.Path.Value!.TrimEnd('/'), done);
        var pump = connection.PumpAsync();
        await _connections.Writer.WriteAsync(connection);
        await pump;
    }

    private async Task RestAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = (string)context.Request.RouteValues["path"]!;
        var request = new FakeRestRequest(context.Request.Method, path, context.Request.QueryString.Value ?? "",
            context.Request.Headers.Authorization.FirstOrDefault(), context.Request.ContentType, body, context.Request.Headers.UserAgent.ToString());
        Requests.Enqueue(request);
        RequestReceived?.Invoke(request);
        var response = Answer(request);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        if (response.Status == 429)
            Interlocked.Increment(ref _tooMany);
        if (response.Body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }

    private FakeRestResponse Answer(FakeRestRequest request)
    {
        FakeRestResponse? scripted = null;
        var afterCreate = false;
        lock (_lock)
        {
            var pending = _scripted.ToArray();
            for (var i = 0; i < pending.Length; i++)
            {
                if (pending[i].Match(request))
                {
                    scripted = pending[i].Response;
                    afterCreate = pending[i].AfterCreate;
                    _scripted.Clear();
                    foreach (var other in pending.Where((_, j) => j != i))
                        _scripted.Enqueue(other);
                    break;
                }
            }
        }

        if (scripted is not null && !afterCreate)
            return scripted;
        var parts = request.Path.Split('/');
        var answer = (request.Method, parts) switch
        {
            ("GET", ["gateway", "bot"]) => Bot(request, () => new FakeRestResponse(200,
                new JsonObject { ["url"] = GatewayUrl.TrimEnd('/'), ["shards"] = 1, ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14400000, ["max_concurrency"] = 1 } }.ToJsonString())),
            ("POST", ["channels", var channel, "messages"]) => Bot(request, () => CreateMessage(channel, request)),
            ("POST", ["webhooks", var id, _]) when request.Query.Contains("wait=true", StringComparison.Ordinal) && id.Length > 0 => CreateWebhookMessage(id, request),
            ("POST", ["webhooks", _, _]) => Created(request, "followups"),
            ("PATCH", ["webhooks", _, _, "messages", "@original"]) => Created(request, "originals"),
            ("DELETE", ["webhooks", _, _, "messages", "@original"]) => new FakeRestResponse(204),
            ("POST", ["interactions", _, _, "callback"]) => new FakeRestResponse(204),
            ("PUT", ["applications", _, "commands"] or ["applications", _, "guilds", _, "commands"]) => Bot(request, () => new FakeRestResponse(200, request.Body)),
            _ => new FakeRestResponse(404, """{"message":"Unknown route","code":0}"""),
        };
        return scripted ?? answer;
    }

    private static FakeRestResponse Bot(FakeRestRequest request, Func<FakeRestResponse> then) =>
        request.Authorization == "Bot " + Token
            ? then()
            : new FakeRestResponse(401, """{"message":"401: Unauthorized","code":0}""");

    private FakeRestResponse CreateMessage(string channel, FakeRestRequest request)
    {
        var body = request.Json!.AsObject();
        lock (_lock)
        {
            var now = DateTimeOffset.UtcNow;
            var window = _windows.GetValueOrDefault(channel);
            if (window.Reset <= now)
                window = (0, now + MessageWindow);
            if (window.Used >= MessageLimit)
                return FakeRestResponse.TooManyRequests((window.Reset - now).TotalSeconds, global: false) with { Headers = LimitHeaders(0, window.Reset - now) };
            var list = Messages.GetOrAdd(channel, _ => []);
            var nonce = body["nonce"]?.GetValue<string>();
            if (nonce is not null && body["enforce_nonce"]?.GetValue<bool>() == true
                && list.FirstOrDefault(m => m["nonce"]?.GetValue<string>() == nonce) is { } existing)
                return new FakeRestResponse(200, existing.ToJsonString(), LimitHeaders(MessageLimit - window.Used, window.Reset - now));
            window.Used++;
            _windows[channel] = window;
            var message = Message(channel, body);
            list.Add(message);
            return new FakeRestResponse(200, message.ToJsonString(), LimitHeaders(MessageLimit - window.Used, window.Reset - now));
        }
    }

    private FakeRestResponse CreateWebhookMessage(string webhookId, FakeRestRequest request)
    {
        lock (_lock)
        {
            var message = Message("webhook:" + webhookId, request.Json!.AsObject());
            Messages.GetOrAdd("webhook:" + webhookId, _ => []).Add(message);
            return new FakeRestResponse(200, message.ToJsonString());
        }
    }

    private FakeRestResponse Created(FakeRestRequest request, string store)
    {
        lock (_lock)
        {
            var message = Message(store, request.Json?.AsObject() ?? []);
            Messages.GetOrAdd(store, _ => []).Add(message);
            return new FakeRestResponse(200, message.ToJsonString());
        }
    }

    private JsonObject Message(string channel, JsonObject body)
    {
        var message = body.DeepClone().AsObject();
        message["id"] = (++_nextId).ToString(CultureInfo.InvariantCulture);
        message["channel_id"] = channel;
        return message;
    }

    private Dictionary<string, string> LimitHeaders(int remaining, TimeSpan resetAfter) => new()
    {
        ["X-RateLimit-Limit"] = MessageLimit.ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Reset-After"] = Math.Max(0, resetAfter.TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture),
        ["X-RateLimit-Bucket"] = "messages-bucket",
    };
}
