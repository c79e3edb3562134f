using NewsBot.Core.Storage.Dedup;

namespace NewsBot.Core.Tests.Storage.Dedup;

public sealed class UrlNormalizerTests
{
    [Theory]
    [InlineData("https://News.Example.com/politics/story-1?utm_source=twitter&utm_medium=social", "//news.example.com/politics/story-1")]
    [InlineData("https://news.example.com/politics/story-1?fbclid=IwAR0abc", "//news.example.com/politics/story-1")]
    [InlineData("https://news.example.com/politics/story-1?gclid=xyz&id=7", "//news.example.com/politics/story-1?id=7")]
    // http and https serve the same article.
    [InlineData("http://news.example.com/politics/story-1#comments", "//news.example.com/politics/story-1")]
    // Parameter order carries no meaning; a trailing slash neither.
    [InlineData("https://news.example.com/a/?b=2&a=1", "//news.example.com/a?a=1&b=2")]
    [InlineData("https://news.example.com:8443/a", "//news.example.com:8443/a")]
    [InlineData("https://news.example.com:443/a", "//news.example.com/a")]
    public void Normalize_TrackedLink_GivesCanonicalKey(string url, string expected)
    {
        Assert.Equal(expected, UrlNormalizer.Normalize(url));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://files.example.com/a.txt")]
    [InlineData("/relative/path")]
    public void Normalize_NotAnHttpLink_ReturnsNull(string? url)
    {
        Assert.Null(UrlNormalizer.Normalize(url));
    }

    [Fact]
    public void Normalize_DifferentArticles_DifferentKeys()
    {
        Assert.NotEqual(UrlNormalizer.Normalize("https://a.example/story?id=1"), UrlNormalizer.Normalize("https://a.example/story?id=2"));
    }
}
