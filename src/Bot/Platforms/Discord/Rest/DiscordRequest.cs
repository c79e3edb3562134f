using System.Text.Json.Nodes;

namespace NewsBot.Bot.Platforms.Discord.Rest;

/// <summary>One REST call, described so the client can rate-limit, retry and log it without revealing a token.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path below the REST base address, with query; may hold a webhook or interaction token.</param>
/// <param name="Route">The rate-limit route: method, path template and major parameter, never a token.</param>
/// <param name="Body">The JSON body, if any.</param>
internal sealed record DiscordRequest(HttpMethod Method, string Path, string Route, JsonNode? Body)
{
    /// <summary>The channel or webhook ("channel:123") whose 403/404 opens the circuit; null for none.</summary>
    public string? Resource { get; init; }

    /// <summary>Send the bot token (webhook and interaction calls carry their own token in the path).</summary>
    public bool Authorize { get; init; } = true;

    /// <summary>Counts against the bot's global limit; interaction responses and follow-ups are exempt.</summary>
    public bool Global { get; init; } = true;

    /// <summary>
    /// Safe to send again after a 5xx or a timeout: idempotent methods, and message posts made idempotent by a
    /// nonce with enforce_nonce. A 429 is always retried (Discord did not act on it).
    /// </summary>
    public bool Retryable { get; init; }
}
