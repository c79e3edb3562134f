using Microsoft.Extensions.Logging;
using Moq;
using NewsBot.Bot.Analysis;
using NewsBot.Bot.Tests.Platforms.Slack.Fakes;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Bot.Tests.Analysis;

public sealed class GuardedQuoteExtractorTests
{
    private static readonly Article Story = new("harbour-1", "Keston talks", "Talks went on. \"We are ready,\" Brenn said.", Origin: "feeds/harbour.xml");

    [Fact]
    public void Extract_WhenTheRulesThrow_GivesNoQuotesAndLogsTheArticleNotItsText()
    {
        var inner = new Mock<IQuoteExtractor>();
        inner.Setup(e => e.Extract(It.IsAny<Article>())).Throws(new ArgumentOutOfRangeException("index"));
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var guarded = new GuardedQuoteExtractor(inner.Object, factory.CreateLogger<GuardedQuoteExtractor>());

        var quotes = guarded.Extract(Story);

        Assert.Empty(quotes);
        var line = Assert.Single(logs.Lines);
        Assert.StartsWith("Error", line, StringComparison.Ordinal);
        Assert.Contains("harbour-1", line, StringComparison.Ordinal);
        Assert.Contains("feeds/harbour.xml", line, StringComparison.Ordinal);
        Assert.DoesNotContain("We are ready", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_WhenTheRulesWork_PassesTheirQuotesOn()
    {
        var found = new Quote("Tomas Brenn", null, "We are ready,", QuoteKind.Direct, 16, 29);
        var inner = Mock.Of<IQuoteExtractor>(e => e.Extract(Story) == new[] { found });
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));

        var quotes = new GuardedQuoteExtractor(inner, factory.CreateLogger<GuardedQuoteExtractor>()).Extract(Story);

        Assert.Equal([found], quotes);
        Assert.Empty(logs.Lines);
    }
}
