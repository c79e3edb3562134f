namespace NewsBot.Bot.Platforms.Discord;

/// <summary>The HTTP interactions endpoint ("Discord:Interactions"), off by default: the gateway carries interactions.</summary>
public sealed class DiscordInteractionsOptions
{
    /// <summary>Serve the endpoint. Discord then sends interactions there instead of on the gateway.</summary>
    public bool Enabled { get; set; }

    /// <summary>Where Kestrel listens, path included, e.g. "http://0.0.0.0:8080/interactions" (behind a TLS proxy).</summary>
    public string Url { get; set; } = "http://127.0.0.1:8080/interactions";

    /// <summary>The application's public key (64 hex digits) that signs every request.</summary>
    public string? PublicKey { get; set; }
}
