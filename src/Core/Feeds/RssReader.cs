using System.Xml.Linq;
using NewsBot.Core.Ingestion;

namespace NewsBot.Core.Feeds;

/// <summary>RSS 0.9x/2.0 (items inside channel) and RDF 0.90/1.0 (items beside channel).</summary>
internal static class RssReader
{
    public static FeedDocument Read(XElement root, FeedFormat format, Uri? feedUri)
    {
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel")
            ?? throw new InvalidDataException("RSS feed has no <channel>");
        var channelBase = FeedXml.Base(channel, FeedXml.Base(root, feedUri));
        var channelLink = FeedXml.Resolve(channelBase, FeedXml.Text(FeedXml.Child(channel, "link")));
        var itemParent = format == FeedFormat.Rdf ? root : channel;
        var items = itemParent.Elements().Where(e => e.Name.LocalName == "item")
            .Select(item => Item(item, FeedXml.Base(item, channelLink ?? channelBase)))
            .ToList();
        return new FeedDocument(format, HtmlText.InlineText(FeedXml.Text(FeedXml.Child(channel, "title")) ?? ""), channelLink, items);
    }

    private static FeedItem Item(XElement item, Uri? baseUri)
    {
        var title = FeedXml.Text(FeedXml.Child(item, "title")) ?? "";
        var guidElement = FeedXml.Child(item, "guid");
        var guid = FeedXml.Text(guidElement) ?? (string?)item.Attribute(FeedXml.Rdf + "about");
        var link = FeedXml.Resolve(baseUri, FeedXml.Text(FeedXml.Child(item, "link")));
        // A guid is a permalink unless it says otherwise: the only link some feeds give.
        if (link is null && guid is not null && (string?)guidElement?.Attribute("isPermaLink") != "false")
            link = FeedXml.Resolve(baseUri, guid);
        var summary = FeedXml.Text(FeedXml.Child(item, "description"));
        var content = FeedXml.Text(item.Element(FeedXml.Content + "encoded"));
        var published = PublicationDates.Parse(FeedXml.Text(FeedXml.Child(item, "pubDate")) ?? FeedXml.Text(item.Element(FeedXml.Dc + "date")));
        var author = FeedXml.Text(FeedXml.Child(item, "author")) ?? FeedXml.Text(item.Element(FeedXml.Dc + "creator"));
        return new FeedItem(FeedXml.Key(guid, link, title, content ?? summary), title, link, published, summary, content, author);
    }
}
