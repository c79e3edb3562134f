using System.Net;

namespace NewsBot.Bot.Platforms.Discord.Rest;

/// <summary>A REST call that failed for good. The message names the route, never a token.</summary>
public sealed class DiscordApiException : Exception
{
    public DiscordApiException()
    {
    }

    public DiscordApiException(string message)
        : base(message)
    {
    }

    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal DiscordApiException(string route, HttpStatusCode? status, string detail, bool uncertain = false, Exception? inner = null)
        : base($"Discord {route} failed: {(status is null ? "no response" : $"{(int)status} {status}")}; {detail}", inner)
    {
        Status = status;
        Uncertain = uncertain;
    }

    /// <summary>The HTTP status, or null when no response came.</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>Discord may have acted on the request (a timeout or 5xx on a call that cannot be retried safely).</summary>
    public bool Uncertain { get; }
}
