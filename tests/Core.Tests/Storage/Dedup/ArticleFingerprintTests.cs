using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Core.Storage.Dedup;

namespace NewsBot.Core.Tests.Storage.Dedup;

public sealed class ArticleFingerprintTests
{
    [Fact]
    public void Of_TextDifferingOnlyInCaseSpacingAndQuotes_SameTextHash()
    {
        var first = ArticleFingerprint.Of(new Article("a", "T", "The minister said: \"We will act.\""));
        var second = ArticleFingerprint.Of(new Article("b", "T", "the  MINISTER said: “We will act.”\n"));

        Assert.Equal(first.TextHash, second.TextHash);
    }

    [Fact]
    public void Of_Body_HashMatchesTextHash()
    {
        const string text = "Sébastien Lecornu spoke in Paris.";

        Assert.Equal(TextHash.Of(text), ArticleFingerprint.Of(new Article("a", "T", text)).TextHash);
    }

    [Fact]
    public void Of_LinkWithTracking_UrlKeyWithoutIt()
    {
        var print = ArticleFingerprint.Of(new Article("a", "T", "x", new Uri("https://example.com/a?utm_campaign=z")));

        Assert.Equal("//example.com/a", print.UrlKey);
    }

    [Fact]
    public void Of_DiacriticsInTitle_FoldedForIndexing()
    {
        var print = ArticleFingerprint.Of(new Article("a", "Sébastien Lecornu in Zürich", "Body."));

        Assert.Equal("sebastien lecornu in zurich", print.FoldedTitle);
    }
}
