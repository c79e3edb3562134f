using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class QuoteMarkScannerTests
{
    [Theory]
    [InlineData("He said \"go now,\" and left.", "go now")]
    [InlineData("He said “go now” and left.", "go now")]
    [InlineData("Starmer says Putin ‘cannot delay forever’", "cannot delay forever")]
    // The apostrophe in "Moscow’s" does not close a single-quoted span.
    [InlineData("He called it ‘Moscow’s last card’ today.", "Moscow’s last card")]
    [InlineData("“It is ‘yes, but’ again,” she said.", "It is ‘yes, but’ again")]
    public void Scan_Marks_FindsWordsOnly(string text, string words)
    {
        var span = Assert.Single(QuoteMarkScanner.Scan(text));
        Assert.Equal(words, text[span.Start..span.End]);
    }

    [Fact]
    public void Scan_OpenAtParagraphEndAndReopened_MarksContinuation()
    {
        var spans = QuoteMarkScanner.Scan("\"First part of it.\n\"Second part of it.\"");
        Assert.Equal(2, spans.Count);
        Assert.True(spans[0].ContinuesNext);
        Assert.True(spans[1].IsContinuation);
    }

    [Fact]
    public void Scan_NeverClosed_StopsAtParagraphEnd()
    {
        const string text = "He said \"we will stay\nNext paragraph \"here\" ends.";
        var spans = QuoteMarkScanner.Scan(text);
        Assert.Equal("we will stay", text[spans[0].Start..spans[0].End]);
        Assert.Equal("here", text[spans[1].Start..spans[1].End]);
    }
}
