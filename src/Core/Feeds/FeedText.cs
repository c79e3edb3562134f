using System.Text;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Turns the bytes of a feed into text the XML reader can take: the encoding chosen by BOM, then strict UTF-8,
/// then the declared charset, then windows-1252 (so a wrong declaration does not garble the text); the XML
/// declaration removed (it may name an encoding the text no longer has, or follow stray whitespace).
/// </summary>
public static class FeedText
{
    static FeedText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="charset"/> is the HTTP Content-Type charset, if any.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? charset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x3C, 0x00, 0x3F, 0x00]))
            return Encoding.Unicode.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? bytes[2..] : bytes);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x3C, 0x00, 0x3F]))
            return Encoding.BigEndianUnicode.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? bytes[2..] : bytes);
        try
        {
            // Valid UTF-8 with non-ASCII bytes is almost never meant as Latin-1, whatever the declaration says.
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return FallbackEncoding(charset ?? DeclaredEncoding(bytes)).GetString(bytes);
        }
    }

    private static Encoding FallbackEncoding(string? name)
    {
        if (name is not null && !name.StartsWith("utf", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return Encoding.GetEncoding(name.Trim());
            }
            catch (ArgumentException)
            {
                // An unknown charset name: fall through to the commonest real encoding of mislabelled feeds.
            }
        }

        return Encoding.GetEncoding(1252);
    }

    private static string? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 200)]);
        var at = head.IndexOf("encoding=", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || at + 10 >= head.Length)
            return null;
        var quote = head[at + 9];
        var end = head.IndexOf(quote, at + 10);
        return end > at ? head[(at + 10)..end] : null;
    }
}
