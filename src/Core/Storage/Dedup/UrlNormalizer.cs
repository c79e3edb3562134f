using System.Text;

namespace NewsBot.Core.Storage.Dedup;

/// <summary>
/// A canonical form of an article link for exact-duplicate detection: scheme and host lower-cased, default port,
/// fragment and tracking parameters (utm_*, fbclid, gclid, ...) removed, remaining query parameters sorted.
/// The same article shared through a newsletter and through social media then has one key.
/// </summary>
public static class UrlNormalizer
{
    // Parameters that identify a campaign or a click, never the page itself.
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl",
        "ocid", "cmpid", "ncid", "ito", "ref", "ref_src", "smid", "taid", "spm", "share", "at_medium", "at_campaign",
    };

    /// <summary>The normalised link, or null when <paramref name="url"/> is null or not absolute http(s).</summary>
    public static string? Normalize(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            return null;
        var builder = new StringBuilder(url.OriginalString.Length);
        // http and https serve the same article; the key ignores the difference.
        builder.Append("//").Append(url.IdnHost.ToLowerInvariant());
        if (!url.IsDefaultPort)
            builder.Append(':').Append(url.Port);
        var path = url.AbsolutePath;
        if (path.Length > 1 && path.EndsWith('/'))
            path = path.TrimEnd('/');
        builder.Append(path);
        var parameters = url.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (parameters.Count > 0)
            builder.Append('?').AppendJoin('&', parameters);
        return builder.ToString();
    }

    /// <summary>The normalised form of a link given as text; null when it is not an absolute http(s) link.</summary>
    public static string? Normalize(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? Normalize(parsed) : null;

    private static bool IsTracking(string parameter)
    {
        var equals = parameter.IndexOf('=', StringComparison.Ordinal);
        var name = Uri.UnescapeDataString(equals < 0 ? parameter : parameter[..equals]);
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
    }
}
