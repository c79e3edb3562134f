using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Text;

namespace NewsBot.Core.Storage;

/// <summary>Hashes of inputs and of normalised article text, for exact-duplicate detection.</summary>
public static class TextHash
{
    /// <summary>Hash of the text's folded words, so whitespace, case and quote styles do not make a new article.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = string.Join(' ', Tokenizer.Tokenize(text).Select(t => t.Value));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    /// <summary>Hash of raw bytes as read.</summary>
    public static string OfBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes));
}
