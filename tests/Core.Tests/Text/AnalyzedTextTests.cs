using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class AnalyzedTextTests
{
    [Theory]
    [InlineData("defense", "defence")]
    [InlineData("Zelenskyy", "zelensky")]
    [InlineData("Kiev", "kyiv")]
    [InlineData("Sébastien", "sebastien")]
    [InlineData("cease-fire", "ceasefire")]
    [InlineData("cease fire", "ceasefire")]
    [InlineData("peace-keepers", "peacekeepers")]
    // Only one hyphen or space joins a compound: across a comma the words stay apart.
    [InlineData("cease, fire", "cease|fire")]
    [InlineData("Britain's", "britains")]
    public void Of_Variant_FoldsToCanonicalWords(string text, string expected)
    {
        var words = AnalyzedText.Of(text).Words.Select(w => w.Folded);

        Assert.Equal(expected, string.Join('|', words));
    }

    [Fact]
    public void Of_Compound_SpansBothPartsInTheOriginal()
    {
        const string text = "A cease-fire now.";

        var word = AnalyzedText.Of(text).Words[1];

        Assert.Equal("cease-fire", text[word.Start..word.End]);
        Assert.Equal("ceasefir", word.Stem);
    }

    [Fact]
    public void WordsOf_ReturnsEachSentencesWords()
    {
        var text = AnalyzedText.Of("The force is ready. Talks go on.");

        Assert.Equal(2, text.Sentences.Count);
        Assert.Equal(["talk", "go", "on"], text.WordsOf(1).ToArray().Select(w => w.Stem));
        Assert.True(text.WordsOf(0)[0].IsStopWord);
    }

    [Fact]
    public void StemsOf_PhraseAndTextVariants_Meet()
    {
        Assert.Equal(AnalyzedText.StemsOf("security guarantees"), AnalyzedText.StemsOf("Security Guarantee"));
        Assert.Equal(AnalyzedText.StemsOf("defense ministers"), AnalyzedText.StemsOf("defence minister"));
    }
}
