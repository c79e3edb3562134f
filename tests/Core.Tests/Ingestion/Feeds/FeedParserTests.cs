using NewsBot.Core.Feeds;

namespace NewsBot.Core.Tests.Ingestion.Feeds;

public class FeedParserTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Ingestion", "Feeds", name);

    // The quirks table: one small feed per real-world quirk, and what the first item must come out as.
    // Dates are UTC ISO strings; null means "no date" (the item is still kept).
    [Theory]
    [InlineData("rss2-basic.xml", "Harbour wall repairs to start in spring", "https://gazette.example/news/harbour-wall", "2025-06-10T09:42:00Z", "The council approved the repairs on Monday.")]
    // Netscape RSS 0.91 carries a public DOCTYPE: dropped, not processed, not refused.
    [InlineData("rss091-netscape-doctype.xml", "Ferry timetable changes next week", "https://oldwire.example/ferry", null, "Sailings move to the summer timetable.")]
    [InlineData("rdf-rss10.xml", "Library opening hours extended", "https://rdf.example/a1", "2025-06-11T06:00:00Z", "The central library will open until nine.")]
    // xml:base on the feed resolves the entry's relative alternate link; the edit link is ignored; xhtml paragraphs kept.
    [InlineData("atom10-xhtml-base.xml", "Tram line extension approved", "https://atom.example/blog/posts/tram-extension", "2025-06-12T08:30:00Z", "The tram line will reach the hospital.\nWork starts in August.")]
    // Atom 0.3: its own namespace, issued/modified instead of published/updated.
    [InlineData("atom03-legacy.xml", "Harbour festival returns", "https://legacy.example/festival", "2025-06-14T10:00:00Z", "returns after a two-year break")]
    [InlineData("stylesheet-instruction.xml", "Styled feed item", "https://styled.example/1", null, "A stylesheet instruction and a comment precede the feed.")]
    [InlineData("atom-html-content.xml", "Rail strike called off", "https://atomhtml.example/rail", "2025-06-13T07:15:00Z", "Unions called off the strike.")]
    // "Mon" for a Tuesday: the weekday is ignored rather than the date lost.
    [InlineData("rfc822-wrong-weekday.xml", "Wrong weekday", "https://dates.example/1", "2025-06-10T09:42:00Z", "the date is right")]
    [InlineData("rfc822-zone-name.xml", "Zone name and no seconds", "https://dates.example/2", "2025-06-10T09:42:00Z", "a zone name")]
    [InlineData("rfc822-two-digit-year.xml", "Two-digit year", "https://dates.example/3", "2025-06-10T09:42:00Z", "two-digit year")]
    [InlineData("iso-date-in-pubdate.xml", "ISO date where RFC 822 belongs", "https://dates.example/4", "2025-06-10T09:42:00Z", "ISO 8601")]
    [InlineData("bad-date.xml", "Unreadable date", "https://dates.example/5", null, "the date is unknown")]
    [InlineData("missing-date.xml", "No date at all", "https://dates.example/6", null, "No pubDate element.")]
    // &nbsp; &eacute; &mdash; are not XML entities; a bare & is not well-formed; an unknown entity stays literal.
    [InlineData("undeclared-html-entities.xml", "Café owners — and AT&T … react", "https://entities.example/1", null, "Prices rose by 5 % – owners said. Tom & Jerry ©™ &unknownentity; stay.")]
    [InlineData("missing-guid-uses-link.xml", "Bridge reopens", "https://noguid.example/bridge", null, "The bridge reopened.")]
    [InlineData("missing-guid-and-link.xml", "Market day moved", null, null, "Market day moves to Thursday.")]
    // No link, but a guid that is a permalink (the default): the guid is the link.
    [InlineData("guid-permalink-only.xml", "Parking fees frozen", "https://perma.example/parking", null, "Fees stay the same.")]
    // Escaped markup in a title, double-escaped ampersand.
    [InlineData("html-in-title.xml", "Breaking: Mayor resigns & leaves", "https://markup.example/1", null, "The mayor resigned.\nAn election follows.")]
    // CDATA with markup, a script and a share prompt: paragraphs kept, script and prompt dropped.
    [InlineData("cdata.xml", "Schools close early & reopen Monday", "https://cdata.example/1", null, "Snow closed every school.\nBuses resume Monday.")]
    // content:encoded wins over a teaser description; curly quotes survive untouched.
    [InlineData("content-encoded.xml", "Budget passes", "https://full.example/budget", null, "The budget passed by 31 votes to 20.\n“It is a fair budget,” the treasurer said.")]
    [InlineData("relative-links.xml", "Pool reopens", "https://relative.example/sport/pool-reopens", null, "The pool reopened.")]
    [InlineData("whitespace-before-declaration.xml", "Stray whitespace", "https://sloppy.example/1", null, "Blank lines precede the declaration.")]
    [InlineData("bom.xml", "Café opens with a BOM", "https://enc.example/1", null, "byte-order mark")]
    // The bytes are valid UTF-8 with accents: the Latin-1 declaration is wrong and ignored.
    [InlineData("declared-latin1-actually-utf8.xml", "Zürich café reopens", "https://enc.example/2", null, "written in UTF-8")]
    // The bytes are not UTF-8: windows-1252, the usual truth behind a wrong utf-8 label.
    [InlineData("declared-utf8-actually-cp1252.xml", "“Smart” quotes from cp1252", "https://enc.example/3", null, "written in windows-1252")]
    // Characters XML 1.0 forbids (vertical tab, form feed) are read and become spaces.
    [InlineData("control-characters.xml", "Vertical tab in title", "https://enc.example/4", null, "A form feed in text.")]
    public void Parse_QuirkyFeed_FirstItemReadCorrectly(string file, string title, string? link, string? published, string text)
    {
        var feed = FeedParser.Parse(File.ReadAllBytes(Fixture(file)));
        var results = FeedArticles.Read(feed, file);

        var article = Assert.Single(results.SelectMany(r => r.Articles));
        Assert.Equal(title, article.Title);
        Assert.Equal(link, article.Url?.AbsoluteUri);
        Assert.Equal(published is null ? null : DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), article.Published);
        Assert.Contains(text, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rss2-basic.xml", FeedFormat.Rss, "Harbour Gazette")]
    [InlineData("rdf-rss10.xml", FeedFormat.Rdf, "RDF Times")]
    [InlineData("atom10-xhtml-base.xml", FeedFormat.Atom, "Atom Observer")]
    [InlineData("html-in-title.xml", FeedFormat.Rss, "Markup & Co")]
    public void Parse_Feed_FormatAndOutletRecognised(string file, FeedFormat format, string outlet)
    {
        var feed = FeedParser.Parse(File.ReadAllBytes(Fixture(file)));

        Assert.Equal(format, feed.Format);
        Assert.Equal(outlet, feed.Title);
        Assert.Equal(outlet, FeedArticles.Read(feed, file)[0].Articles[0].Source);
    }

    [Fact]
    public void Parse_ItemWithoutGuid_KeyIsLinkThenHash()
    {
        var withLink = FeedParser.Parse(File.ReadAllBytes(Fixture("missing-guid-uses-link.xml"))).Items[0];
        var bare = FeedParser.Parse(File.ReadAllBytes(Fixture("missing-guid-and-link.xml"))).Items[0];

        Assert.Equal("https://noguid.example/bridge", withLink.Key);
        Assert.StartsWith("sha256:", bare.Key, StringComparison.Ordinal);
        Assert.Equal(bare.Key, FeedParser.Parse(File.ReadAllBytes(Fixture("missing-guid-and-link.xml"))).Items[0].Key);
    }

    [Fact]
    public void Parse_SameItemTwice_SameArticleId()
    {
        var first = FeedArticles.Read(FeedParser.Parse(File.ReadAllBytes(Fixture("rss2-basic.xml"))), "a")[0].Articles[0];
        var second = FeedArticles.Read(FeedParser.Parse(File.ReadAllBytes(Fixture("rss2-basic.xml"))), "b")[0].Articles[0];

        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public void Parse_RelativeLinks_ResolvedAgainstFeedAddressWhenChannelHasNoLink()
    {
        var xml = "<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><link>item/7</link><description>x</description></item></channel></rss>"u8;

        var feed = FeedParser.Parse(xml, new Uri("https://site.example/feeds/main.xml"));

        Assert.Equal("https://site.example/feeds/item/7", feed.Items[0].Link?.AbsoluteUri);
    }

    [Theory]
    [InlineData("refused-xxe.xml", "DTD")]
    [InlineData("refused-entity-bomb.xml", "DTD")]
    [InlineData("refused-not-a-feed.xml", "not an RSS or Atom feed")]
    [InlineData("refused-malformed.xml", "not well-formed")]
    public void Parse_DangerousOrBrokenFeed_RefusedWithClearError(string file, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => FeedParser.Parse(File.ReadAllBytes(Fixture(file))));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_XxeFeed_NeverReadsTheLocalFile()
    {
        var error = Assert.Throws<InvalidDataException>(() => FeedParser.Parse(File.ReadAllBytes(Fixture("refused-xxe.xml"))));

        Assert.Contains("XXE", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OversizedFeed_Refused()
    {
        var bytes = File.ReadAllBytes(Fixture("rss2-basic.xml"));

        var error = Assert.Throws<InvalidDataException>(() => FeedParser.Parse(bytes, maxBytes: bytes.Length - 1));

        Assert.Contains("over the", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenFeedFile_ReadAsOneFailureForQuarantine()
    {
        var results = NewsBot.Core.Ingestion.ArticleFileReader.Read(Fixture("refused-entity-bomb.xml"));

        var failure = Assert.Single(results);
        Assert.True(failure.Failed);
        Assert.Contains("DTD", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void IsTeaser_ShortDescriptionOnly_True_FullContent_False()
    {
        var teaser = new FeedItem("k", "T", null, null, "<p>Short teaser […]</p>", null, null);
        var full = new FeedItem("k", "T", null, null, "Short", "<p>" + new string('x', FeedArticles.TeaserLength + 10) + "</p>", null);

        Assert.True(FeedArticles.IsTeaser(teaser));
        Assert.False(FeedArticles.IsTeaser(full));
    }
}
