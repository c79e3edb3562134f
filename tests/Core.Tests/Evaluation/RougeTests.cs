using NewsBot.Core.Evaluation;

namespace NewsBot.Core.Tests.Evaluation;

public sealed class RougeTests
{
    [Theory]
    [InlineData("the cat sat", "the cat sat", 1.0)]
    [InlineData("dogs bark", "the cat sat", 0.0)]
    // 2 of 4 candidate words match, 2 of 2 reference words: P 0.5, R 1, F 2/3.
    [InlineData("the cat was here", "the cat", 2.0 / 3)]
    // Counts are clipped: "the the the" matches "the" only once. P 1/3, R 1/2, F 0.4.
    [InlineData("the the the", "the cat", 0.4)]
    // Case, punctuation and diacritics do not count.
    [InlineData("The Élysée, said.", "the elysee said", 1.0)]
    [InlineData("", "the cat", 0.0)]
    [InlineData("the cat", "", 0.0)]
    public void Rouge1F1_HandMadeCase_MatchesHandComputedValue(string candidate, string reference, double expected)
    {
        Assert.Equal(expected, Rouge.Rouge1F1(candidate, reference), 6);
    }
}
