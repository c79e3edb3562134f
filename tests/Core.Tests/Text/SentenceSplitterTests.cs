using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Mr Healey arrived. He spoke.", "Mr Healey arrived.|He spoke.")]
    [InlineData("Mr. Healey arrived. He spoke.", "Mr. Healey arrived.|He spoke.")]
    [InlineData("Dr. Smith said so. Others agreed.", "Dr. Smith said so.|Others agreed.")]
    [InlineData("Gen. Mark Milley spoke. Then he left.", "Gen. Mark Milley spoke.|Then he left.")]
    // U.S. before a capitalised name is not an ending.
    [InlineData("The U.S. Senate voted. It passed.", "The U.S. Senate voted.|It passed.")]
    // ...but U.S. at the end of a sentence followed by a new one ends it.
    [InlineData("Troops came from the U.S. They landed at dawn.", "Troops came from the U.S.|They landed at dawn.")]
    [InlineData("The U.K. Defence Secretary spoke. Nobody asked.", "The U.K. Defence Secretary spoke.|Nobody asked.")]
    [InlineData("He met officials at No. 10 Downing Street. They talked.", "He met officials at No. 10 Downing Street.|They talked.")]
    // Initials inside a name.
    [InlineData("John F. Kennedy spoke. J. R. R. Tolkien wrote.", "John F. Kennedy spoke.|J. R. R. Tolkien wrote.")]
    [InlineData("Growth was 3.5 per cent. Prices rose.", "Growth was 3.5 per cent.|Prices rose.")]
    // A quote that spans two sentences stays whole until its closing mark.
    [InlineData("\"We are ready. We will deploy,\" he said. Then he left.", "\"We are ready.|We will deploy,\" he said.|Then he left.")]
    [InlineData("\"We are ready.\" The minister left.", "\"We are ready.\"|The minister left.")]
    [InlineData("He said it was over. — Then silence.", "He said it was over.|— Then silence.")]
    [InlineData("The force — British and French — is ready. Others wait.", "The force — British and French — is ready.|Others wait.")]
    [InlineData("He paused... Then he spoke.", "He paused...|Then he spoke.")]
    [InlineData("He paused… Then he spoke.", "He paused…|Then he spoke.")]
    [InlineData("Is it over? No! It goes on.", "Is it over?|No!|It goes on.")]
    // A headline and bullets without full stops still end at the line break.
    [InlineData("Leaders meet in Paris\nThe summit began today.", "Leaders meet in Paris|The summit began today.")]
    [InlineData("Key points:\n- troops pledged\n- air cover offered", "Key points:|- troops pledged|- air cover offered")]
    [InlineData("• one pledge\n• another pledge", "• one pledge|• another pledge")]
    [InlineData("It ended at 5 p.m. Officials left.", "It ended at 5 p.m.|Officials left.")]
    // A weekday after a time belongs to the same sentence.
    [InlineData("It ends at 5 p.m. Monday in Paris. Talks follow.", "It ends at 5 p.m. Monday in Paris.|Talks follow.")]
    [InlineData("Talks (in Paris.) Continue today.", "Talks (in Paris.)|Continue today.")]
    [InlineData("", "")]
    [InlineData("\n\n  \n", "")]
    public void Split_HardCase_YieldsExpectedSentences(string text, string expected)
    {
        var sentences = SentenceSplitter.Split(text).Select(s => s.Of(text));

        Assert.Equal(expected, string.Join('|', sentences));
    }

    [Fact]
    public void Split_Spans_PointIntoTheOriginalText()
    {
        const string text = "First one.  Second one.";

        var spans = SentenceSplitter.Split(text);

        Assert.Equal([new TextSpan(0, 10), new TextSpan(12, 23)], spans);
    }
}
