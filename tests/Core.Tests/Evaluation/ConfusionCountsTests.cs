using NewsBot.Core.Evaluation;

namespace NewsBot.Core.Tests.Evaluation;

public sealed class ConfusionCountsTests
{
    [Fact]
    public void Scores_MixedDecisions_GivePrecisionAndRecall()
    {
        var counts = new ConfusionCounts()
            .Add(expected: true, predicted: true)
            .Add(expected: true, predicted: true)
            .Add(expected: true, predicted: false)
            .Add(expected: false, predicted: true)
            .Add(expected: false, predicted: false);

        Assert.Equal(new ConfusionCounts(2, 1, 1, 1), counts);
        Assert.Equal(2.0 / 3, counts.Scores.Precision, 6);
        Assert.Equal(2.0 / 3, counts.Scores.Recall, 6);
        Assert.Equal(5, counts.Total);
    }

    [Fact]
    public void Scores_NothingPassed_IsZeroPrecision()
    {
        var counts = new ConfusionCounts().Add(expected: false, predicted: false);

        Assert.Equal(0, counts.Scores.Precision);
        Assert.Equal(0, counts.Scores.F1);
    }
}
