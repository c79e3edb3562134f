using NewsBot.Core.Text.Keyphrases;

namespace NewsBot.Core.Tests.Text.Keyphrases;

public sealed class PhraseKeyTests
{
    [Theory]
    [InlineData(new[] { 1, 2, 3 }, new[] { 1, 2 }, true)]
    [InlineData(new[] { 1, 2, 3 }, new[] { 2, 3 }, true)]
    [InlineData(new[] { 1, 2, 3 }, new[] { 3 }, true)]
    // Whole words in order only: "oil cleanup" is not inside "oil spill cleanup".
    [InlineData(new[] { 1, 2, 3 }, new[] { 1, 3 }, false)]
    [InlineData(new[] { 1, 2, 3 }, new[] { 1, 2, 3 }, false)]
    [InlineData(new[] { 1, 2 }, new[] { 1, 2, 3 }, false)]
    [InlineData(new[] { 4, 1, 2, 3 }, new[] { 2, 3 }, true)]
    public void Contains_WordRuns_MatchesWholeWordsInOrder(int[] longer, int[] shorter, bool expected)
    {
        var outer = PhraseKey.Of(longer, 0, longer.Length);
        var inner = PhraseKey.Of(shorter, 0, shorter.Length);

        Assert.Equal(expected, outer.Contains(inner));
    }

    [Fact]
    public void Of_SameIdsFromDifferentRuns_AreEqual()
    {
        int[] first = [7, 8, 9];
        int[] second = [1, 7, 8];

        Assert.Equal(PhraseKey.Of(first, 0, 2), PhraseKey.Of(second, 1, 2));
        Assert.NotEqual(PhraseKey.Of(first, 0, 2), PhraseKey.Of(first, 0, 3));
    }
}
