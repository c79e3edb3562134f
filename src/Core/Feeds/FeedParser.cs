using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace NewsBot.Core.Feeds;

/// <summary>
/// A hardened RSS 0.9x/2.0, RDF (RSS 0.90/1.0) and Atom 1.0 parser. DTDs are never processed: a feed that
/// declares entities is refused (that is how XXE and entity-expansion bombs arrive), a plain public DOCTYPE (old
/// Netscape RSS 0.91) is dropped. Real-world quirks are repaired before or while reading; see docs/feeds.md.
/// Stateless and thread-safe.
/// </summary>
public static partial class FeedParser
{
    /// <summary>The default size limit of one feed document (10 MiB).</summary>
    public const int DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>
    /// Parses one feed. Throws <see cref="InvalidDataException"/> with a reason a person can act on when the feed is
    /// too large, declares a DTD with entities, is not RSS or Atom, or is not XML even after repair.
    /// </summary>
    /// <param name="bytes">The feed as downloaded or read from disk.</param>
    /// <param name="baseUri">The feed's own address, to resolve relative links; null for a dropped file.</param>
    /// <param name="charset">The HTTP charset, if any.</param>
    /// <param name="maxBytes">The size limit.</param>
    public static FeedDocument Parse(ReadOnlySpan<byte> bytes, Uri? baseUri = null, string? charset = null, int maxBytes = DefaultMaxBytes)
    {
        if (bytes.Length > maxBytes)
            throw new InvalidDataException($"feed refused: {bytes.Length} bytes is over the {maxBytes}-byte limit");
        var text = Prepare(FeedText.Decode(bytes, charset));
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            // 0 would mean "no limit" to XmlReader; with DTDs prohibited no entity can expand, and this says so twice.
            MaxCharactersFromEntities = 1024,
            // Characters, not bytes, and the entity repairs lengthen the text a little: twice the byte cap is ample.
            MaxCharactersInDocument = 2L * maxBytes,
            CheckCharacters = false,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"feed is not well-formed XML: {e.Message}", e);
        }

        var root = document.Root ?? throw new InvalidDataException("feed has no root element");
        return root.Name.LocalName switch
        {
            "rss" => RssReader.Read(root, FeedFormat.Rss, baseUri),
            "RDF" => RssReader.Read(root, FeedFormat.Rdf, baseUri),
            "feed" => AtomReader.Read(root, baseUri),
            _ => throw new InvalidDataException($"not an RSS or Atom feed: the root element is <{root.Name.LocalName}>"),
        };
    }

    private static string Prepare(string text)
    {
        text = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        text = XmlDeclaration().Replace(text, "", 1);
        var doctype = Doctype().Match(text);
        if (text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase) || (doctype.Success && doctype.Value.Contains('[', StringComparison.Ordinal)))
            throw new InvalidDataException(
                "feed refused: it declares a DTD with entities (<!DOCTYPE ... [<!ENTITY ...>]). DTDs are never processed, so external entities (XXE) and entity-expansion bombs are not run");
        if (doctype.Success)
            text = text.Remove(doctype.Index, doctype.Length);

        // Control characters XML 1.0 forbids turn up in real feeds (pasted from word processors): make them spaces.
        text = ControlCharacters().Replace(text, " ");
        return FeedEntities.Premap(text);
    }

    [GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F]")]
    private static partial Regex ControlCharacters();

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<!DOCTYPE(?:[^\[>]|\[[^\]]*\])*>", RegexOptions.IgnoreCase)]
    private static partial Regex Doctype();
}
