using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class SpellingVariantsTests
{
    [Theory]
    [InlineData("US defense chiefs", "US defence chiefs")]
    [InlineData("a cease-fire in Kiev", "a ceasefire in kyiv")]
    [InlineData("President Zelenskyy", "President zelensky")]
    // Words that merely contain a variant are left alone.
    [InlineData("defenseless centerfold", "defenseless centerfold")]
    [InlineData("", "")]
    public void Normalize_Text_RewritesOnlyWholeVariantWords(string text, string expected)
    {
        Assert.Equal(expected, SpellingVariants.Normalize(text));
    }

    [Theory]
    [InlineData("cease", "fire", "ceasefire")]
    [InlineData("peace", "keepers", "peacekeepers")]
    [InlineData("cease", "trading", null)]
    public void Compound_Pair_JoinsOnlyKnownCompounds(string first, string second, string? expected)
    {
        Assert.Equal(expected, SpellingVariants.Compound(first, second));
    }
}
