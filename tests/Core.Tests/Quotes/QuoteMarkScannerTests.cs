using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class QuoteMarkScannerTests
{
    [Theory]
    // A paragraph's first mark closing quoted words before the attribution: the opening mark was left out.
    [InlineData("Everyone asks us what they will do. We ask the same question,\" the aide said.", "Everyone asks us what they will do. We ask the same question")]
    [InlineData("Will they come?” she asked.", "Will they come?")]
    // An apostrophe inside a word before the closer is no mark that opened anything.
    [InlineData("It stays there until he's home, and then it goes in the bin,\" she said.", "It stays there until he's home, and then it goes in the bin")]
    public void Scan_CloserWithoutOpener_QuotesFromTheParagraphStart(string text, string words)
    {
        var span = Assert.Single(QuoteMarkScanner.Scan(text));
        Assert.Equal(words, text[span.Start..span.End]);
    }

    [Fact]
    public void Scan_OpenerAfterAComma_StillOpens()
    {
        const string text = "As he put it, \"we stay\" until the end.";
        Assert.Equal("we stay", text[QuoteMarkScanner.Scan(text)[0].Start..QuoteMarkScanner.Scan(text)[0].End]);
    }

    [Theory]
    // A mark never closed ends where its own attribution starts.
    [InlineData("“These are staging grounds, not depots, foreign ministry spokeswoman Anna Quill said, adding more.", "These are staging grounds, not depots")]
    [InlineData("“These are staging grounds, not depots, the minister said on Friday.", "These are staging grounds, not depots")]
    [InlineData("“These are staging grounds, not depots, Tomas Brenn said.", "These are staging grounds, not depots")]
    public void Scan_NeverClosedBeforeItsAttribution_EndsThere(string text, string words)
    {
        var span = Assert.Single(QuoteMarkScanner.Scan(text));
        Assert.Equal(words, text[span.Start..span.End]);
    }

    [Theory]
    [InlineData("He said \"go now,\" and left.", "go now")]
    [InlineData("He said “go now” and left.", "go now")]
    [InlineData("Starmer says Putin ‘cannot delay forever’", "cannot delay forever")]
    // The apostrophe in "Moscow’s" does not close a single-quoted span.
    [InlineData("He called it ‘Moscow’s last card’ today.", "Moscow’s last card")]
    [InlineData("“It is ‘yes, but’ again,” she said.", "It is ‘yes, but’ again")]
    // Straight single marks quote too; inside a word or after a plural they are apostrophes.
    [InlineData("'We don't know yet,' he said.", "We don't know yet")]
    [InlineData("Poland says Warsaw's towns will be a 'gateway', not a garrison", "gateway")]
    [InlineData("He said the ministers' plan was 'a good start' for now.", "a good start")]
    [InlineData("'Our soldiers' lives come first,' she said.", "Our soldiers' lives come first")]
    // The marks of translated European copy: German „...“, Polish „...”, Danish »...«, Swedish ”...”, French « ... ».
    [InlineData("„Germany will not stand aside“, Merz said.", "Germany will not stand aside")]
    [InlineData("Tusk said the hub would be „the gateway” for the allies.", "the gateway")]
    [InlineData("»Denmark is not going to be shy now,« he said.", "Denmark is not going to be shy now")]
    [InlineData("Jonson said the force needed ”a clear American commitment” first.", "a clear American commitment")]
    [InlineData("« Russia does not choose », she said.", "Russia does not choose")]
    public void Scan_Marks_FindsWordsOnly(string text, string words)
    {
        var span = Assert.Single(QuoteMarkScanner.Scan(text));
        Assert.Equal(words, text[span.Start..span.End]);
    }

    [Theory]
    // A straight single mark that never closes was an apostrophe, not a quote.
    [InlineData("Bands of the '90s played rock 'n roll all night.")]
    [InlineData("Talks went on into the night, with 'no end in sight.")]
    public void Scan_StraightSingleNeverClosed_IsNoQuote(string text)
    {
        Assert.Empty(QuoteMarkScanner.Scan(text));
    }

    [Theory]
    // A double mark after a single one makes the single an apostrophe, straight or curly alike; the double quote left
    // open still closes at the paragraph's end.
    [InlineData("It was called 'the \"final offer\nNext paragraph.")]
    [InlineData("It was called ‘the \"final offer\nNext paragraph.")]
    public void Scan_DoubleAfterSingleNeverClosed_EndsAtParagraphEnd(string text)
    {
        var span = Assert.Single(QuoteMarkScanner.Scan(text));
        Assert.Equal("final offer", text[span.Start..span.End]);
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

    [Fact]
    public void Scan_GermanQuoteOverTwoParagraphs_ContinuesIntoTheNext()
    {
        const string text = "„We will take on responsibility.\n„But the Bundestag decides.“\nThe declaration followed.";

        var spans = QuoteMarkScanner.Scan(text);

        Assert.Equal(["We will take on responsibility.", "But the Bundestag decides."], spans.Select(x => text[x.Start..x.End]));
        Assert.True(spans[0].ContinuesNext);
    }

    [Theory]
    // A plural's final "s" and a mark before a function word: the mark closes the quote, as nothing is owned.
    [InlineData("Force would need 'three times' the troops on offer", "three times")]
    [InlineData("Allies 'have the means' to act, says minister", "have the means")]
    public void Scan_StraightSingleAfterSBeforeAFunctionWord_Closes(string text, string words)
    {
        var span = Assert.Single(QuoteMarkScanner.Scan(text));
        Assert.Equal(words, text[span.Start..span.End]);
    }

    [Fact]
    public void Scan_StraightSingleAfterSBeforeANoun_IsAPossessive()
    {
        const string text = "Britain backs 'the ministers' plan for a force' today";
        var span = Assert.Single(QuoteMarkScanner.Scan(text));
        Assert.Equal("the ministers' plan for a force", text[span.Start..span.End]);
    }

    [Fact]
    public void Scan_DashTurnsOfAQuoteLeftOpen_AreContinuationsEachItsOwnSpan()
    {
        const string text = "Lind said:\n«Will the ferries run?\n— If the quay holds, yes.\n— When?\n— In spring.»\nThe end.";
        var spans = QuoteMarkScanner.Scan(text);
        Assert.Equal(["Will the ferries run?", "If the quay holds, yes.", "When?", "In spring."], spans.Select(s => text[s.Start..s.End]));
        Assert.True(spans[0].ContinuesNext);
        Assert.All(spans.Skip(1), s => Assert.True(s.IsContinuation && text[s.OpenMark] == '—'));
        Assert.False(spans[^1].ContinuesNext);
    }

    [Fact]
    public void Scan_DashLinesWithoutAQuestionAfterAnOpenQuote_AreNoTurns()
    {
        const string text = "Lind said: “We will do this:\n— Repair the quay before winter.\n— Buy two ferries.”";
        Assert.DoesNotContain(QuoteMarkScanner.Scan(text), s => s.IsContinuation);
    }
}
