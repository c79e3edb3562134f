using NewsBot.Core.Digests;

namespace NewsBot.Core.Tests.Digests;

public sealed class ThemeExtractorTests
{
    [Fact]
    public void Themes_SharedPhrases_ComeFirstAndInflectionsMerge()
    {
        var articles = new[]
        {
            TestArticles.Make(1, "A", "t", ["security guarantees", "air cover", "Paris"]),
            TestArticles.Make(2, "B", "t", ["Security guarantee", "air cover"]),
            TestArticles.Make(3, "C", "t", ["security guarantees", "drone wall"]),
        };

        var themes = ThemeExtractor.Themes(articles);

        Assert.Equal(["security guarantees", "air cover"], themes);
    }

    [Fact]
    public void Themes_PhraseContainingAStrongerTheme_IsFoldedIntoIt()
    {
        var articles = new[]
        {
            TestArticles.Make(1, "A", "t", ["defence ministers", "French defence minister"]),
            TestArticles.Make(2, "B", "t", ["defence minister", "French defence minister", "drone wall"]),
            TestArticles.Make(3, "C", "t", ["defence ministers", "drone wall"]),
        };

        var themes = ThemeExtractor.Themes(articles);

        Assert.Equal(["defence ministers", "drone wall"], themes);
    }

    [Fact]
    public void Themes_SingleArticle_UsesItsOwnPhrases()
    {
        var themes = ThemeExtractor.Themes([TestArticles.Make(1, "A", "t", ["ceasefire", "backstop"])]);

        Assert.Equal(["backstop", "ceasefire"], themes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Themes_NoArticles_IsEmpty()
    {
        Assert.Empty(ThemeExtractor.Themes([]));
    }
}
