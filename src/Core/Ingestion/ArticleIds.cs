using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Core.Ingestion;

/// <summary>Stable article ids for inputs that carry none.</summary>
public static class ArticleIds
{
    /// <summary>An id derived from where the article was read, so an edited file keeps its identity.</summary>
    public static string ForOrigin(string origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var normalised = origin.Replace('\\', '/');
        return "a-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)))[..16].ToLowerInvariant();
    }
}
