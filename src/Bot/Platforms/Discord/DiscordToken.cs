using System.Text.RegularExpressions;

namespace NewsBot.Bot.Platforms.Discord;

/// <summary>Checks the shape of a bot token without ever echoing it.</summary>
internal static partial class DiscordToken
{
    /// <summary>Null when <paramref name="token"/> looks like a bot token, else why not (never containing the token).</summary>
    public static string? Problem(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
            return "is missing (set NEWSBOT__Discord__Token)";
        if (token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
            return "must be given without the 'Bot ' prefix";
        if (token != token.Trim())
            return "has leading or trailing white space";
        return Shape().IsMatch(token)
            ? null
            : "is malformed: a bot token is three dot-separated base64url parts, as shown once in the Developer Portal (the value is not shown here)";
    }

    // Discord's bot tokens are base64(user id) . timestamp . HMAC; the part lengths have grown over the years.
    [GeneratedRegex(@"^[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$")]
    private static partial Regex Shape();
}
