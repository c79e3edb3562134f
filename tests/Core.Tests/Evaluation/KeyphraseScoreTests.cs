using NewsBot.Core.Evaluation;

namespace NewsBot.Core.Tests.Evaluation;

public sealed class KeyphraseScoreTests
{
    [Fact]
    public void AtK_StemmedExactMatch_CountsInflectionsButNotPartialPhrases()
    {
        // "oil spills" matches "oil spill" by stems; "spill" alone does not match "oil spill".
        var score = KeyphraseScore.AtK(["Oil spills", "spill", "tanker"], ["oil spill", "crude oil"], 10);

        Assert.Equal(1.0 / 3, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
        Assert.Equal(0.4, score.F1, 6);
    }

    [Fact]
    public void AtK_OnlyFirstKDistinctPredictionsCount()
    {
        // The duplicate "oil spills" collapses into "oil spill", so the top 2 are "oil spill" and "tanker".
        var score = KeyphraseScore.AtK(["oil spill", "oil spills", "tanker", "crude oil"], ["crude oil", "tanker"], 2);

        Assert.Equal(0.5, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
    }

    [Fact]
    public void AtK_NoPredictions_IsZeroNotAnError()
    {
        var score = KeyphraseScore.AtK([], ["oil spill"], 10);

        Assert.Equal(0, score.F1);
    }
}
