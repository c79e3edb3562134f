using NewsBot.Core.Evaluation;
using NewsBot.Core.Keywords;

namespace NewsBot.Core.Tests.Evaluation;

public sealed class RelevanceEvaluationTests
{
    [Fact]
    public void Run_CountsPerSplitAndListsErrors()
    {
        var profile = new CompiledProfile(new TopicProfile { Name = "t", Threshold = 1, Terms = [new WeightedTerm { Text = "ceasefire" }] });
        RelevanceItem[] items =
        [
            new("a", "Ceasefire holds", "Text.", true, "tune"),
            new("b", "Weather", "Sunny.", true, "tune"),
            new("c", "Ceasefire in sport", "Text.", false, "heldout"),
            new("d", "Bins", "Collected.", false, "heldout"),
        ];

        var report = RelevanceEvaluation.Run(items, profile);

        Assert.Equal(new ConfusionCounts(1, 0, 1, 0), report.Splits["tune"]);
        Assert.Equal(new ConfusionCounts(0, 1, 0, 1), report.Splits["heldout"]);
        Assert.Equal(new ConfusionCounts(1, 1, 1, 1), report.Splits[RelevanceEvaluation.AllSplit]);
        Assert.Equal(["b", "c"], report.Errors.Select(e => e.Id));
        Assert.Equal(2, report.HighestOffTopicScore);
        Assert.Equal(0, report.LowestOnTopicScore);
    }
}
