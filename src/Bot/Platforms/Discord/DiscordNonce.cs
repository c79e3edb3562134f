using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Bot.Platforms.Discord;

/// <summary>
/// Message nonces (at most 25 characters) derived from an idempotency key and the part number: with
/// enforce_nonce, Discord returns the existing message for a repeated nonce instead of posting twice.
/// </summary>
internal static class DiscordNonce
{
    public static string For(string key, int part) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key}#{part}")))[..25];
}
