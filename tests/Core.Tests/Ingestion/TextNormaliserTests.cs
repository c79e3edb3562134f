using NewsBot.Core.Ingestion;

namespace NewsBot.Core.Tests.Ingestion;

public class TextNormaliserTests
{
    [Fact]
    public void SameLength_OddSpacesAndHyphens_FoldedOneForOne()
    {
        const string input = "5\u00A0km\u202Faway \u2011 non\u2010stop \u22125 \u2015 end";

        var output = TextNormaliser.SameLength(input);

        Assert.Equal(input.Length, output.Length);
        Assert.Equal("5 km away - non-stop -5 \u2014 end", output);
    }

    [Fact]
    public void SameLength_DecomposedAccent_LeftAloneToKeepOffsets()
    {
        const string input = "Cafe\u0301 owners";

        Assert.Equal(input, TextNormaliser.SameLength(input));
    }

    [Fact]
    public void Paragraphs_QuotesAndDashes_CurlyStraightEnEmKept()
    {
        const string input = "“Curly” and \"straight\" and ‘single’ and 'plain' — em – en";

        Assert.Equal(input, TextNormaliser.Paragraphs(input));
    }

    [Fact]
    public void Paragraphs_MessyText_NfcInvisibleRemovedOneParagraphPerLine()
    {
        const string input = "  Cafe\u0301  soft\u00ADhyphen\u200B here \r\n\r\n\n  second\u00A0\u00A0paragraph  \n";

        Assert.Equal("Café softhyphen here\nsecond paragraph", TextNormaliser.Paragraphs(input));
    }
}
