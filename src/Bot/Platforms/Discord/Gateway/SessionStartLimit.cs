using Microsoft.Extensions.Logging;
using NewsBot.Bot.Platforms.Discord.Rest;

namespace NewsBot.Bot.Platforms.Discord.Gateway;

/// <summary>
/// Checks GET /gateway/bot before each fresh identify: Discord allows about 1000 identifies a day and resets the
/// token past that, so when none remain NewsBot waits for the reset instead of identifying.
/// </summary>
internal sealed partial class SessionStartLimit(DiscordRestClient rest, TimeProvider clock, ILogger<SessionStartLimit> logger)
{
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        System.Text.Json.JsonElement? info;
        try
        {
            info = await rest.SendAsync(new DiscordRequest(HttpMethod.Get, "gateway/bot", "GET gateway/bot", null) { Retryable = true }, cancellationToken);
        }
        catch (DiscordApiException e)
        {
            // Not knowing the limit is no reason to stay offline; the gateway itself still refuses a bad identify.
            LogUnknown(e.Message);
            return;
        }

        if (info is not { } root || !root.TryGetProperty("session_start_limit", out var limit))
            return;
        var remaining = limit.GetProperty("remaining").GetInt32();
        if (remaining > 0)
            return;
        var wait = TimeSpan.FromMilliseconds(limit.GetProperty("reset_after").GetDouble());
        LogExhausted(wait.TotalMinutes);
        await Task.Delay(wait, clock, cancellationToken);
    }

    [LoggerMessage(EventId = 6124, Level = LogLevel.Warning, Message = "No Discord identifies left today; waiting {Minutes:0.#} min for the reset")]
    private partial void LogExhausted(double minutes);

    [LoggerMessage(EventId = 6125, Level = LogLevel.Information, Message = "Could not read Discord's session start limit ({Reason}); identifying anyway")]
    private partial void LogUnknown(string reason);
}
