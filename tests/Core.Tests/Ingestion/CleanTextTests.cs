using NewsBot.Core.Ingestion;

namespace NewsBot.Core.Tests.Ingestion;

public class CleanTextTests
{
    [Fact]
    public void PlainText_PastedMarkupAndMobileFurniture_HeadlineCleanAndTailCut()
    {
        var path = RepoPaths.Samples("ceasefire-talks-geneva.txt");
        var content = File.ReadAllText(path);

        var article = PlainTextArticleParser.Parse(path, content);

        Assert.StartsWith("Zelenskyy: no ceasefire deal without", article.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("<", article.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("Exit mobile version", article.Text, StringComparison.Ordinal);
        Assert.False(article.Text.TrimEnd().EndsWith("Share", StringComparison.Ordinal));
        // The body is a slice of the file, so quote offsets map back by TextOffset.
        Assert.Equal(content.Substring(article.TextOffset, article.Text.Length), article.Text);
    }

    [Fact]
    public void PlainText_KeyPointsBlockFirst_FirstBulletIsHeadlineAndBodyStartsAfterBlock()
    {
        var path = RepoPaths.Samples("paris-headquarters-wire.txt");
        var content = File.ReadAllText(path);

        var article = PlainTextArticleParser.Parse(path, content);

        Assert.Equal("Coalition of the Willing to create joint command for future Ukraine force", article.Title);
        Assert.StartsWith("PARIS:", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(AFP)", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this article", article.Text, StringComparison.Ordinal);
        Assert.Contains("“reassurance force”", article.Text, StringComparison.Ordinal);
        Assert.Equal(content.Substring(article.TextOffset, article.Text.Length), article.Text);
    }

    [Fact]
    public void PlainText_RealKeyPointsSample_HeadlineIsNotKeyPoints()
    {
        // A real article in shared/ beside the clone (never copied into the repository); our own sample stands in when it is absent.
        var real = RepoPaths.SharedSample("003_0ae9c9daf88ac650.txt");
        var path = File.Exists(real) ? real : RepoPaths.Samples("paris-headquarters-wire.txt");

        var article = PlainTextArticleParser.Parse(path, File.ReadAllText(path));

        Assert.NotEqual("Key points", article.Title);
        Assert.DoesNotContain("Key points", article.Text, StringComparison.Ordinal);
        Assert.StartsWith("PARIS:", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_MarkdownWithBylineUnderHeadline_BylineAndEmphasisedFurnitureCut()
    {
        var path = RepoPaths.Samples("us-backstop-air-cover.md");

        var article = PlainTextArticleParser.Parse(path, File.ReadAllText(path));

        Assert.StartsWith("U.S. weighs air cover", article.Title, StringComparison.Ordinal);
        Assert.StartsWith("**Key points**", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this article", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("©", article.Text, StringComparison.Ordinal);
        Assert.False(article.Text.TrimEnd().EndsWith("---", StringComparison.Ordinal));
    }

    [Fact]
    public void PlainText_TrailingReadFullArticleAndCopyright_Cut()
    {
        var path = RepoPaths.Samples("leaders-video-call.txt");

        var article = PlainTextArticleParser.Parse(path, File.ReadAllText(path));

        Assert.StartsWith("Starmer and Macron rally leaders", article.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("Read the full article here", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_SamplePage_HeadlineOutletParagraphsWithoutFurniture()
    {
        var path = RepoPaths.Samples("troop-numbers.html");

        var article = HtmlArticleParser.Parse(path, File.ReadAllText(path));

        Assert.StartsWith("Coalition pledges put Ukraine reassurance force", article.Title, StringComparison.Ordinal);
        Assert.Equal("Northern Post", article.Source);
        Assert.DoesNotContain("Subscribe", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this article", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", article.Text, StringComparison.Ordinal);
        Assert.True(article.Text.Split('\n').Length > 3, "paragraphs are kept one per line");
    }

    [Fact]
    public void Html_MetadataAndAgencyCredit_DateUrlKeptCreditDropped()
    {
        const string html = """
            <html><head><title>Dam plan approved - Valley News</title>
            <meta property="article:published_time" content="2025-06-14T08:00:00Z">
            <link rel="canonical" href="https://valley.example/dam"></head>
            <body><nav>Home | World</nav><article><h1>Dam plan approved</h1><p class="byline">By Staff Reporter</p>
            <p>The regional assembly approved&nbsp;the dam plan.</p><p>Construction starts next year.</p><p>(AFP)</p>
            <p>Read the full article here</p></article><footer>© 2025 Valley News</footer></body></html>
            """;

        var article = HtmlArticleParser.Parse("dam.html", html);

        Assert.Equal("Dam plan approved", article.Title);
        Assert.Equal("Valley News", article.Source);
        Assert.Equal(new DateTimeOffset(2025, 6, 14, 8, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("https://valley.example/dam", article.Url?.AbsoluteUri);
        Assert.Equal("The regional assembly approved the dam plan.\nConstruction starts next year.", article.Text);
    }

    [Fact]
    public void Html_NoText_Fails()
    {
        Assert.Throws<InvalidDataException>(() => HtmlArticleParser.Parse("empty.html", "<html><body><nav>Menu</nav></body></html>"));
    }
}
