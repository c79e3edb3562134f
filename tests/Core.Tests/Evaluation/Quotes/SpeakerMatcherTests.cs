using NewsBot.Core.Evaluation.Quotes;

namespace NewsBot.Core.Tests.Evaluation.Quotes;

public sealed class SpeakerMatcherTests
{
    [Theory]
    [InlineData("Healey", "John Healey", true)]
    [InlineData("John Healey", "Healey", true)]
    [InlineData("Mr Healey", "John Healey", true)]
    [InlineData("John Healey", "Mara Quill", false)]
    // Names compare as folded words: case, diacritics, articles and a country prefix do not decide.
    [InlineData("Ministry of Defence", "UK Ministry of Defence", true)]
    [InlineData("Sebastien Lecornu", "Sébastien Lecornu", true)]
    [InlineData("the Kremlin", "Kremlin", true)]
    [InlineData("Donald Trump", "the Trump campaign", false)]
    // An annotated span with its apposition: the name before the comma decides.
    [InlineData("Tomas Brenn", "Brenn, who has proposed scrapping the levy,", true)]
    [InlineData("Tomas Brenn", "Brenn, 49,", true)]
    // ...but only the name: another person with that apposition is still wrong.
    [InlineData("Mara Quill", "Brenn, who backs Quill,", false)]
    public void Matches_PredictedAgainstAnnotated(string predicted, string annotated, bool expected)
    {
        Assert.Equal(expected, SpeakerMatcher.Matches(predicted, [annotated]));
    }

    [Theory]
    [InlineData("the Pentagon", "Pentagon", true)]
    [InlineData("Élysée", "Elysee", true)]
    [InlineData("Healey", "John Healey", false)]
    public void SameName_NeedsTheSameFoldedWords(string one, string other, bool expected)
    {
        Assert.Equal(expected, SpeakerMatcher.SameName(one, other));
    }
}
