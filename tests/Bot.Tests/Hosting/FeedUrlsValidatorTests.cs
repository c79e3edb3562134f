using NewsBot.Bot.Hosting;

namespace NewsBot.Bot.Tests.Hosting;

public class FeedUrlsValidatorTests
{
    [Fact]
    public void Validate_Defaults_NoErrors()
    {
        Assert.True(new FeedOptionsValidator().Validate(null, new FeedOptions()).Succeeded);
    }

    [Theory]
    [InlineData("ftp://a.example/rss", 900, "Feeds:Urls:0:Url must be an absolute http or https URL")]
    [InlineData("not a url", 900, "Feeds:Urls:0:Url must be an absolute http or https URL")]
    [InlineData("https://a.example/rss", 1, "Feeds:Urls:0:IntervalSeconds must be between 10 and 86400")]
    public void Validate_BadFeedEntry_MessageNamesTheKey(string url, int interval, string expected)
    {
        var options = new FeedOptions { Urls = [new FeedUrlOptions { Url = url, IntervalSeconds = interval }] };

        var result = new FeedOptionsValidator().Validate(null, options);

        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RepeatedFeed_MessageNamesTheSecondEntry()
    {
        var options = new FeedOptions { Urls = [new FeedUrlOptions { Url = "https://a.example/rss" }, new FeedUrlOptions { Url = "https://a.example/rss" }] };

        Assert.Contains("Feeds:Urls:1:Url repeats", new FeedOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }
}
