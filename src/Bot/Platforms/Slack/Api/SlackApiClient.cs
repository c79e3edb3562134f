using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Operations;
using NewsBot.Bot.Platforms.Slack.Rendering;

namespace NewsBot.Bot.Platforms.Slack.Api;

/// <summary>
/// Slack's Web API over HttpClient. Every response's <c>ok</c> is checked and its <c>error</c> surfaced as a
/// <see cref="SlackApiException"/>. A 429 pauses the method for its Retry-After and is retried (Slack did not act
/// on it); other failures are retried only for calls that are safe to repeat, never for a post, which could double.
/// </summary>
internal sealed class SlackApiClient(HttpClient http, IOptions<SlackOptions> options, SlackRateLimiter limiter, TimeProvider clock, ILogger<SlackApiClient> logger)
{
    private const int MaxAttempts = 4;
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    private Uri BaseUrl
    {
        get
        {
            var url = options.Value.ApiBaseUrl;
            return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
        }
    }

    /// <summary>auth.test: the bot's own user id and team.</summary>
    public async Task<SlackIdentity> AuthTestAsync(CancellationToken cancellationToken)
    {
        var root = await CallAsync("auth.test", new JsonObject(), BotToken, idempotent: true, channel: null, cancellationToken);
        return new SlackIdentity(Text(root, "user_id") ?? "", Text(root, "team_id") ?? "", Text(root, "bot_id"));
    }

    /// <summary>apps.connections.open with the app-level token: a fresh Socket Mode WebSocket address.</summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var root = await CallAsync("apps.connections.open", new JsonObject(), options.Value.AppToken ?? "", idempotent: true, channel: null, cancellationToken);
        return Uri.TryCreate(Text(root, "url"), UriKind.Absolute, out var url)
            ? url
            : throw new SlackApiException("apps.connections.open", "no_url");
    }

    /// <summary>chat.postMessage; returns the message's ts. Paced per channel.</summary>
    public async Task<string> PostMessageAsync(string channel, SlackMessage message, string? threadTs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = message.ToPayload();
        body["channel"] = channel;
        if (threadTs is not null)
            body["thread_ts"] = threadTs;
        var root = await CallAsync("chat.postMessage", body, BotToken, idempotent: false, channel, cancellationToken);
        return Text(root, "ts") ?? "";
    }

    /// <summary>chat.postEphemeral: a message only <paramref name="user"/> sees.</summary>
    public async Task PostEphemeralAsync(string channel, string user, SlackMessage message, string? threadTs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = message.ToPayload();
        body["channel"] = channel;
        body["user"] = user;
        if (threadTs is not null)
            body["thread_ts"] = threadTs;
        await CallAsync("chat.postEphemeral", body, BotToken, idempotent: false, channel, cancellationToken);
    }

    /// <summary>
    /// POSTs <paramref name="body"/> to a response_url or an incoming webhook (no token: the URL is the credential).
    /// Both answer 2xx on success ("ok" or {"ok":true}) and an error code otherwise.
    /// </summary>
    public async Task PostToUrlAsync(Uri url, JsonObject body, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(body);
        var limitKey = kind + ":" + url.AbsolutePath;
        for (var attempt = 1; ; attempt++)
        {
            await limiter.WaitForMethodAsync(limitKey, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Content(body) };
            using var response = await SendAsync(kind, request, cancellationToken);
            if (RateLimited(kind, limitKey, response, attempt))
                continue;
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new SlackApiException(kind, text.Length is > 0 and < 100 ? text : $"http_{(int)response.StatusCode}");
            if (text.StartsWith('{'))
                CheckOk(kind, JsonDocument.Parse(text).RootElement);
            return;
        }
    }

    private string BotToken => options.Value.BotToken ?? "";

    private async Task<JsonElement> CallAsync(string method, JsonObject body, string token, bool idempotent, string? channel, CancellationToken cancellationToken)
    {
        using var turn = channel is null ? null : await limiter.AcquireChannelAsync(channel, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            await limiter.WaitForMethodAsync(method, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUrl, method)) { Content = Content(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            HttpResponseMessage response;
            try
            {
                response = await SendAsync(method, request, cancellationToken);
            }
            catch (SlackApiException e) when (idempotent && attempt < MaxAttempts)
            {
                await RetryDelayAsync(e, method, attempt, cancellationToken);
                continue;
            }

            using (response)
            {
                if (RateLimited(method, method, response, attempt))
                    continue;
                if ((int)response.StatusCode >= 500 && idempotent && attempt < MaxAttempts)
                {
                    await RetryDelayAsync(null, method, attempt, cancellationToken);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                    throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
                await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
                using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
                var root = document.RootElement.Clone();
                CheckOk(method, root);
                return root;
            }
        }
    }

    /// <summary>Sends; a transport failure or client timeout becomes a SlackApiException (whether Slack acted is unknown).</summary>
    private async Task<HttpResponseMessage> SendAsync(string method, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new SlackApiException(method, "connection_failed", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SlackApiException(method, "timeout", e);
        }
    }

    private bool RateLimited(string method, string limitKey, HttpResponseMessage response, int attempt)
    {
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
            return false;
        var retryAfter = response.Headers.RetryAfter;
        var wait = retryAfter?.Delta ?? (retryAfter?.Date - clock.GetUtcNow()) ?? TimeSpan.FromSeconds(1);
        limiter.Block(limitKey, wait);
        logger.RateLimited(method, wait.TotalSeconds);
        NewsBotMetrics.PlatformRateLimited("slack");
        if (attempt >= MaxAttempts)
            throw new SlackApiException(method, "ratelimited");
        return true;
    }

    private Task RetryDelayAsync(SlackApiException? exception, string method, int attempt, CancellationToken cancellationToken)
    {
        logger.RetryingSafeCall(method, exception?.Error ?? "server_error", attempt);
        return Task.Delay(TimeSpan.FromMilliseconds(250 * Math.Pow(2, attempt - 1)), clock, cancellationToken);
    }

    private static void CheckOk(string method, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
            throw new SlackApiException(method, Text(root, "error") ?? "unknown_error");
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static StringContent Content(JsonObject body)
    {
        var content = new StringContent(body.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = Json;
        return content;
    }
}
