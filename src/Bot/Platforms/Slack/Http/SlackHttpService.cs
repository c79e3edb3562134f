using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Platforms.Slack.Api;
using NewsBot.Bot.Platforms.Slack.Receiving;

namespace NewsBot.Bot.Platforms.Slack.Http;

/// <summary>
/// Slack's HTTP mode on Kestrel: /slack/events (Events API), /slack/commands (slash commands) and
/// /slack/interactive. Every request must carry a valid, fresh signature (401 otherwise); accepted work is queued
/// and acknowledged at once with 200, and answered later by the pump.
/// </summary>
internal sealed class SlackHttpService(
    SlackApiClient api, SlackIntake intake, SlackSession session, IOptions<SlackOptions> options, TimeProvider clock,
    IHostApplicationLifetime lifetime, ILogger<SlackHttpService> logger) : IHostedService, IAsyncDisposable
{
    private const int MaxBody = 1024 * 1024;
    private WebApplication? _app;

    /// <summary>The address Kestrel bound (useful when the configured port is 0).</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            session.Identity = await api.AuthTestAsync(cancellationToken);
            logger.SignedIn(session.Identity.UserId, session.Identity.TeamId);
        }
        catch (SlackApiException e) when (e.IsFatal)
        {
            logger.FatalAuth(e.Method, e.Error);
            lifetime.StopApplication();
            return;
        }

        var verifier = new SlackSignatureVerifier(options.Value.SigningSecret ?? "", clock);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Value.HttpListenUrl);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/slack/events", context => HandleAsync(context, verifier, Events));
        _app.MapPost("/slack/commands", context => HandleAsync(context, verifier, Command));
        _app.MapPost("/slack/interactive", context => HandleAsync(context, verifier, (_, _) => Results.Ok()));
        await _app.StartAsync(cancellationToken);
        var address = _app.Urls.First();
        Address = new Uri(address);
        logger.HttpListening(address);
    }

    private async Task HandleAsync(HttpContext context, SlackSignatureVerifier verifier, Func<HttpContext, byte[], IResult> handle)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBody)
        {
            await Results.StatusCode(StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
            return;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        if (!verifier.Verify(request.Headers["X-Slack-Request-Timestamp"], request.Headers["X-Slack-Signature"], body))
        {
            logger.RequestRefused(request.Path.Value ?? "", "bad or stale signature");
            await Results.Unauthorized().ExecuteAsync(context);
            return;
        }

        await handle(context, body).ExecuteAsync(context);
    }

    private IResult Events(HttpContext context, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var type = root.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type == "url_verification")
            return Results.Json(new { challenge = root.TryGetProperty("challenge", out var c) ? c.GetString() : "" });
        // A retry (X-Slack-Retry-Num) of an event already queued is dropped by the event_id check in the intake;
        // a retry of one that never arrived is answered as new.
        if (context.Request.Headers.TryGetValue("X-Slack-Retry-Num", out var retry) && logger.IsEnabled(LogLevel.Debug))
        {
            var retryNum = retry.ToString();
            var reason = context.Request.Headers["X-Slack-Retry-Reason"].ToString();
            logger.EventRetry(retryNum, reason);
        }
        if (type == "event_callback")
            intake.AcceptEvent(root);
        return Results.Ok();
    }

    private IResult Command(HttpContext context, byte[] body)
    {
        var form = QueryHelpers.ParseQuery(System.Text.Encoding.UTF8.GetString(body));
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        intake.AcceptSlashCommand(fields, context.TraceIdentifier);
        // An empty 200 acknowledges; the answer follows through response_url.
        return Results.Ok();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
            await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
