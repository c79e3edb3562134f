using System.Xml.Linq;
using NewsBot.Core.Ingestion;

namespace NewsBot.Core.Feeds;

/// <summary>Atom 1.0 (and 0.3): entries with id, alternate link, published/updated, summary and content of type text, html or xhtml.</summary>
internal static class AtomReader
{
    public static FeedDocument Read(XElement feed, Uri? feedUri)
    {
        var feedBase = FeedXml.Base(feed, feedUri);
        var entries = FeedXml.Children(feed, "entry").Select(e => Entry(e, FeedXml.Base(e, feedBase))).ToList();
        return new FeedDocument(FeedFormat.Atom, HtmlText.InlineText(TextConstruct(FeedXml.Child(feed, "title")) ?? ""), Link(feed, feedBase), entries);
    }

    private static FeedItem Entry(XElement entry, Uri? baseUri)
    {
        var title = TextConstruct(FeedXml.Child(entry, "title")) ?? "";
        var link = Link(entry, baseUri);
        var summary = TextConstruct(FeedXml.Child(entry, "summary"));
        var content = TextConstruct(FeedXml.Child(entry, "content"));
        var published = PublicationDates.Parse(FeedXml.Text(FeedXml.Child(entry, "published")) ?? FeedXml.Text(FeedXml.Child(entry, "issued")))
            ?? PublicationDates.Parse(FeedXml.Text(FeedXml.Child(entry, "updated")) ?? FeedXml.Text(FeedXml.Child(entry, "modified")));
        var authorElement = FeedXml.Child(entry, "author");
        var author = authorElement is null ? null : FeedXml.Text(FeedXml.Child(authorElement, "name"));
        return new FeedItem(FeedXml.Key(FeedXml.Text(FeedXml.Child(entry, "id")), link, title, content ?? summary), title, link, published, summary, content, author);
    }

    private static Uri? Link(XElement parent, Uri? baseUri)
    {
        var links = FeedXml.Children(parent, "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        return FeedXml.Resolve(FeedXml.Base(alternate ?? parent, baseUri), (string?)alternate?.Attribute("href") ?? FeedXml.Text(alternate));
    }

    // Atom text constructs: type="xhtml" holds markup as child elements; text and html hold a string.
    private static string? TextConstruct(XElement? element)
    {
        if (element is null)
            return null;
        if ((string?)element.Attribute("type") == "xhtml")
        {
            var container = element.Elements().FirstOrDefault() ?? element;
            var markup = string.Concat(container.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return string.IsNullOrWhiteSpace(markup) ? null : markup;
        }

        return FeedXml.Text(element);
    }
}
