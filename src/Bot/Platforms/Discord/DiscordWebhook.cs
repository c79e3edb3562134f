namespace NewsBot.Bot.Platforms.Discord;

/// <summary>A channel webhook's id and secret token, read from its URL. <see cref="ToString"/> never shows the token.</summary>
internal sealed record DiscordWebhook(string Id, string Token)
{
    /// <summary>The webhook in a URL such as https://discord.com/api/webhooks/ID/TOKEN; null when it is not one.</summary>
    public static DiscordWebhook? TryParse(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            return null;
        var parts = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(parts, "webhooks");
        if (at < 0 || parts.Length != at + 3 || !parts[at + 1].All(char.IsAsciiDigit) || parts[at + 2].Length < 10)
            return null;
        return new DiscordWebhook(parts[at + 1], parts[at + 2]);
    }

    public override string ToString() => $"webhook {Id}";
}
