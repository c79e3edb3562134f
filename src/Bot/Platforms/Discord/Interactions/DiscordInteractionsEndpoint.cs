using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Bot.Platforms.Discord.Interactions;

/// <summary>
/// The optional HTTP interactions endpoint (a minimal API on Kestrel): every request's Ed25519 signature is checked
/// (401 otherwise: Discord sends bad ones on purpose), PING gets PONG, and a command's first response is the
/// body of the reply, produced by the same pump and responder as gateway interactions.
/// </summary>
internal sealed partial class DiscordInteractionsEndpoint(
    IOptions<DiscordOptions> options, DiscordWorkQueue queue, TimeProvider clock, ILogger<DiscordInteractionsEndpoint> logger) : IHostedService, IAsyncDisposable
{
    private const int MaxBodyBytes = 1 << 20;
    private readonly Ed25519Verifier _verifier = new(options.Value.Interactions.PublicKey ?? "");
    private WebApplication? _app;

    /// <summary>The address Kestrel listens on, once started (the real port when the configured one is 0).</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var url = new Uri(options.Value.Interactions.Url);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url.GetLeftPart(UriPartial.Authority));
        _app = builder.Build();
        _app.MapPost(url.AbsolutePath, (Delegate)HandleAsync);
        await _app.StartAsync(cancellationToken);
        Address = new Uri(new Uri(_app.Urls.First()), url.AbsolutePath);
        LogListening(Address);
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

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        if (body.Length > MaxBodyBytes)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var signature = context.Request.Headers["X-Signature-Ed25519"].ToString();
        var timestamp = context.Request.Headers["X-Signature-Timestamp"].ToString();
        if (!_verifier.Verify(signature, timestamp, body.GetBuffer().AsSpan(0, (int)body.Length)))
            return Results.Unauthorized();
        DiscordInteraction interaction;
        try
        {
            using var document = JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length));
            interaction = DiscordInteraction.Parse(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return Results.BadRequest();
        }

        if (interaction.Type == DiscordInteraction.Ping)
            return Results.Json(new { type = 1 });
        if (interaction.Type != DiscordInteraction.ApplicationCommand)
            return Results.BadRequest();
        var reply = new HttpReply();
        if (!queue.TryPost(new InteractionWork(interaction, clock.GetUtcNow(), reply)))
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        try
        {
            var response = await reply.Response.WaitAsync(TimeSpan.FromSeconds(3), clock, context.RequestAborted);
            return Results.Content(response.ToJsonString(), "application/json");
        }
        catch (TimeoutException)
        {
            LogTooSlow(interaction.ToString());
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(EventId = 6160, Level = LogLevel.Information, Message = "Discord interactions endpoint listening on {Address}")]
    private partial void LogListening(Uri address);

    [LoggerMessage(EventId = 6161, Level = LogLevel.Warning, Message = "No first response within 3 s for {Interaction}")]
    private partial void LogTooSlow(string interaction);
}
