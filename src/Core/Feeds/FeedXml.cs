using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace NewsBot.Core.Feeds;

/// <summary>Shared helpers of the RSS and Atom readers: namespace-tolerant lookups, xml:base, item keys.</summary>
internal static class FeedXml
{
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary>The first child with <paramref name="localName"/> in no namespace or the feed's own namespace.</summary>
    public static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName && (e.Name.Namespace == XNamespace.None || e.Name.Namespace == parent.Name.Namespace));

    /// <summary>All such children.</summary>
    public static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName && (e.Name.Namespace == XNamespace.None || e.Name.Namespace == parent.Name.Namespace));

    /// <summary>The trimmed text of an element, or null when absent or blank.</summary>
    public static string? Text(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    /// <summary>The base for an element's relative links: its own xml:base resolved against the base it inherits.</summary>
    public static Uri? Base(XElement element, Uri? inherited)
    {
        var own = (string?)element.Attribute(XNamespace.Xml + "base");
        if (own is null)
            return inherited;
        if (Uri.TryCreate(own, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return absolute;
        return inherited is not null && Uri.TryCreate(inherited, own, out var resolved) ? resolved : inherited;
    }

    /// <summary>An absolute http(s) link, resolving a relative one; null for anything else (javascript:, mailto:, garbage).</summary>
    public static Uri? Resolve(Uri? baseUri, string? link)
    {
        if (string.IsNullOrWhiteSpace(link))
            return null;
        link = link.Trim();
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return absolute;
        if (baseUri is not null && !link.Contains(':', StringComparison.Ordinal) || link.StartsWith("//", StringComparison.Ordinal))
            return baseUri is not null && Uri.TryCreate(baseUri, link, out var resolved) && resolved.Scheme is "http" or "https" ? resolved : null;
        return null;
    }

    /// <summary>The item's identity: guid/id, else link, else a hash of what it says.</summary>
    public static string Key(string? guid, Uri? link, string title, string? text)
    {
        if (!string.IsNullOrWhiteSpace(guid))
            return guid.Trim();
        if (link is not null)
            return link.AbsoluteUri;
        return "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + text)))[..32].ToLowerInvariant();
    }
}
