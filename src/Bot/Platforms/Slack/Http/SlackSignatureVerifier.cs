using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Bot.Platforms.Slack.Http;

/// <summary>
/// Slack's request signing (v0): HMAC-SHA256 of "v0:{timestamp}:{raw body}" with the signing secret, compared in
/// constant time; a timestamp more than five minutes from now is refused, so a captured request cannot be replayed.
/// </summary>
internal sealed class SlackSignatureVerifier(string signingSecret, TimeProvider clock)
{
    private const string Version = "v0";

    /// <summary>How far a request's timestamp may be from now.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>True when <paramref name="signature"/> signs <paramref name="body"/> at <paramref name="timestamp"/> and is fresh.</summary>
    public bool Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return false;
        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        if (age.Duration() > Window)
            return false;
        if (signature is null || !signature.StartsWith(Version + "=", StringComparison.Ordinal) || signature.Length != Version.Length + 1 + 64)
            return false;
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature.AsSpan(Version.Length + 1));
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, Compute(signingSecret, timestamp!, body));
    }

    /// <summary>The "v0=..." signature of <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body) =>
        Version + "=" + Convert.ToHexStringLower(Compute(signingSecret, timestamp, body));

    private static byte[] Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(Version + ":" + timestamp + ":");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
    }
}
