using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class FirstNameListTests
{
    [Fact]
    public void Lists_NoNameIsBothAWomansAndAMans()
    {
        Assert.Empty(FirstNameList.Female.Intersect(FirstNameList.Male, StringComparer.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Henrike", 'f')]
    [InlineData("Dovilė", 'f')]
    [InlineData("Dovile", 'f')]
    [InlineData("Kęstutis", 'm')]
    [InlineData("Declan", 'm')]
    // Names used for both are left out: no guess beats a wrong one.
    [InlineData("Camille", '?')]
    [InlineData("Simone", '?')]
    public void GenderOf_ReadsTheEmbeddedList(string name, char gender)
    {
        Assert.Equal(gender, NameLexicon.GenderOf(name));
    }
}
