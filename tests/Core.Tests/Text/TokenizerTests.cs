using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Sébastien Lecornu", "sebastien|lecornu")]
    [InlineData("ÉLYSÉE Palace", "elysee|palace")]
    // Apostrophes inside a word disappear, straight or curly.
    [InlineData("Britain’s Healey's", "britains|healeys")]
    // Hyphenated words yield their parts; compounds are joined later by AnalyzedText.
    [InlineData("cease-fire", "cease|fire")]
    [InlineData("3.5 per cent", "3|5|per|cent")]
    [InlineData("  ,;  ", "")]
    public void Tokenize_Text_YieldsFoldedWords(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', Tokenizer.Tokenize(text).Select(t => t.Value)));
    }

    [Fact]
    public void Tokenize_Range_ReportsOffsetsInTheWholeText()
    {
        var tokens = Tokenizer.Tokenize("skip Kyiv talks", 5, 15);

        Assert.Equal([new Token("kyiv", 5, 9), new Token("talks", 10, 15)], tokens);
    }
}
