using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Operations;

namespace NewsBot.Bot.Platforms.Discord.Rest;

/// <summary>
/// Discord's REST API over one <see cref="HttpClient"/>: rate limits per bucket and globally, 429s waited out and
/// retried, 5xx and timeouts retried only for requests that are safe to repeat, and a circuit that leaves a channel
/// or webhook alone after 403/404. Thread-safe. Exceptions and logs name routes, never tokens.
/// </summary>
internal sealed partial class DiscordRestClient(
    HttpClient http, DiscordCredentials credentials, DiscordRateLimiter limiter, DiscordCircuit circuit, TimeProvider clock,
    ILogger<DiscordRestClient> logger)
{
    /// <summary>The User-Agent Discord requires of bots: "DiscordBot (url, version)".</summary>
    public const string UserAgent = "DiscordBot (https://github.com/newsbot/newsbot, 1.0)";

    /// <summary>Attempts after a 5xx or a timeout, for retryable requests.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first retry delay after a 5xx or a timeout; it doubles each time.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long one attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Sends <paramref name="request"/>; returns the response's JSON (null for 204).</summary>
    /// <exception cref="DiscordApiException">The call failed for good.</exception>
    public async Task<JsonElement?> SendAsync(DiscordRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Resource is { } resource && circuit.IsOpen(resource))
            throw new DiscordApiException(request.Route, null, $"{resource} answered 403/404 recently; not calling it again yet");
        using var lease = await limiter.AcquireAsync(request, cancellationToken);
        var failures = 0;
        var limited = 0;
        while (true)
        {
            await lease.WaitForRoomAsync(cancellationToken);
            HttpResponseMessage response;
            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attempt.CancelAfter(AttemptTimeout);
                using var message = Build(request);
                response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, attempt.Token);
            }
            catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                if (!request.Retryable || ++failures > MaxRetries)
                    throw new DiscordApiException(request.Route, null, "the request failed or timed out", uncertain: !request.Retryable, e);
                LogRetrying(request.Route, "no response", failures);
                await Task.Delay(RetryDelay * Math.Pow(2, failures - 1), clock, cancellationToken);
                continue;
            }

            using (response)
            {
                lease.Update(response.Headers);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var (retryAfter, global) = ReadLimit(response, body);
                    LogLimited(request.Route, retryAfter.TotalMilliseconds, global);
                    NewsBotMetrics.PlatformRateLimited("discord");
                    lease.Limited(retryAfter, global);
                    if (++limited > 10)
                        throw new DiscordApiException(request.Route, response.StatusCode, "still rate limited after 10 waits");
                    continue;
                }

                if ((int)response.StatusCode >= 500)
                {
                    if (!request.Retryable || ++failures > MaxRetries)
                        throw new DiscordApiException(request.Route, response.StatusCode, "Discord had a server error", uncertain: !request.Retryable);
                    LogRetrying(request.Route, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), failures);
                    await Task.Delay(RetryDelay * Math.Pow(2, failures - 1), clock, cancellationToken);
                    continue;
                }

                if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound && request.Resource is { } target)
                {
                    circuit.Open(target);
                    LogCircuitOpened(target, (int)response.StatusCode);
                }

                if (!response.IsSuccessStatusCode)
                    throw new DiscordApiException(request.Route, response.StatusCode, Describe(body));
                if (body.Length == 0)
                    return null;
                using var document = JsonDocument.Parse(body);
                return document.RootElement.Clone();
            }
        }
    }

    private HttpRequestMessage Build(DiscordRequest request)
    {
        var message = new HttpRequestMessage(request.Method, new Uri(request.Path, UriKind.Relative));
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (request.Authorize)
            message.Headers.Authorization = new AuthenticationHeaderValue("Bot", credentials.Token);
        if (request.Body is not null)
            message.Content = new StringContent(request.Body.ToJsonString(), Encoding.UTF8, "application/json");
        return message;
    }

    private static (TimeSpan RetryAfter, bool Global) ReadLimit(HttpResponseMessage response, string body)
    {
        double seconds = 1;
        var global = response.Headers.TryGetValues("X-RateLimit-Global", out var flags) && flags.Any(f => f.Equals("true", StringComparison.OrdinalIgnoreCase));
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("retry_after", out var after) && after.TryGetDouble(out var value))
                seconds = value;
            if (document.RootElement.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True)
                global = true;
        }
        catch (JsonException)
        {
            // Cloudflare's own 429 has no JSON body; the Retry-After header still says how long.
            if (response.Headers.RetryAfter?.Delta is { } delta)
                seconds = delta.TotalSeconds;
        }

        return (TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 3600)), global);
    }

    private static string Describe(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var code = root.TryGetProperty("code", out var c) ? c.ToString() : "?";
            var message = root.TryGetProperty("message", out var m) ? m.GetString() : null;
            return $"code {code}: {message}";
        }
        catch (JsonException)
        {
            return "no error details";
        }
    }

    [LoggerMessage(EventId = 6110, Level = LogLevel.Warning, Message = "Discord {Route}: {Reason}; retry {Attempt}")]
    private partial void LogRetrying(string route, string reason, int attempt);

    [LoggerMessage(EventId = 6111, Level = LogLevel.Information, Message = "Discord {Route} rate limited for {Milliseconds} ms (global: {Global})")]
    private partial void LogLimited(string route, double milliseconds, bool global);

    [LoggerMessage(EventId = 6112, Level = LogLevel.Warning, Message = "Discord answered {Status} for {Resource}; leaving it alone for a while")]
    private partial void LogCircuitOpened(string resource, int status);
}
