using Moq;
using NewsBot.Core.Analysis;
using NewsBot.Core.Digests;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Digests;

public sealed class DigestBuilderTests
{
    private static readonly DigestPeriod Period = new(TestArticles.Noon.AddDays(-1), TestArticles.Noon.AddHours(1));

    private static DigestBuilder Builder(IReadOnlyList<StoredArticle> articles)
    {
        var store = new Mock<INewsStore>();
        store.Setup(s => s.ListArticlesAsync(It.IsAny<ArticleQuery>(), It.IsAny<CancellationToken>())).ReturnsAsync(articles);
        var profile = new CompiledProfile(new TopicProfile { Name = "coalition", Description = "Coalition", Terms = [new WeightedTerm { Text = "ceasefire" }] });
        return new DigestBuilder(store.Object, new ProfileCatalog(new Dictionary<string, CompiledProfile> { ["coalition"] = profile }, "coalition"));
    }

    [Fact]
    public async Task BuildAsync_EmptyPeriod_SaysNothingNew()
    {
        var answer = await Builder([]).BuildAsync(Period, null, CancellationToken.None);

        Assert.Equal("Nothing new in this period.", Assert.Single(answer.Sections).Body);
    }

    [Fact]
    public async Task BuildAsync_Stories_ShowSummarySourcesQuotesThenSpeakersAndThemes()
    {
        var quote = new Quote("John Healey", "Defence Secretary", "We will be ready to deploy when the guns fall silent.", QuoteKind.Direct, 0, 10);
        var articles = new[]
        {
            TestArticles.Make(1, "Paris hosts force headquarters", "The force will be run from Paris.", ["force headquarters", "ceasefire"], source: "A", storyKey: 4, quotes: [quote]),
            TestArticles.Make(2, "Force headquarters goes to Paris", "Paris will host the headquarters.", ["force headquarters", "ceasefire"], source: "B", storyKey: 4),
            TestArticles.Make(3, "Kremlin dismisses plan", "Moscow rejected it.", ["Kremlin", "ceasefire"], score: 5, source: "C"),
        };

        var answer = await Builder(articles).BuildAsync(Period, null, CancellationToken.None);

        Assert.StartsWith("Digest: coalition · 2 stories from 3 articles", answer.Title, StringComparison.Ordinal);
        var first = answer.Sections[0];
        Assert.Equal("Paris hosts force headquarters", first.Heading);
        Assert.Equal(["A", "B"], first.Links.Select(l => l.Outlet));
        Assert.Equal("John Healey", Assert.Single(first.Quotes).Speaker);
        Assert.Equal(["Top speakers", "Themes"], answer.Sections.Skip(2).Select(s => s.Heading));
        Assert.Equal("ceasefire, force headquarters", answer.Sections[^1].Body);
    }
}
