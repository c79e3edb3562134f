using System.Text;
using NSec.Cryptography;

namespace NewsBot.Bot.Tests.Platforms.Discord.Fakes;

/// <summary>Signs interaction requests as Discord does: Ed25519 over timestamp + body.</summary>
internal static class Signer
{
    public static Key NewKey() => Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public static string PublicKeyHex(Key key) => Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public static string Sign(Key key, string timestamp, string body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body)));
}
