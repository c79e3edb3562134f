using NewsBot.Bot.Platforms.Discord.Rendering;

namespace NewsBot.Bot.Tests.Platforms.Discord.Rendering;

public sealed class TextSplitterTests
{
    [Theory]
    [InlineData("one two three", 7, new[] { "one two", "three" })]
    [InlineData("one two three", 100, new[] { "one two three" })]
    // A single word longer than the limit has to be cut somewhere.
    [InlineData("abcdefghij", 4, new[] { "abcd", "efgh", "ij" })]
    [InlineData("  padded   words  ", 6, new[] { "padded", "words" })]
    public void Split_CutsAtWhiteSpace(string text, int max, string[] expected) =>
        Assert.Equal(expected, TextSplitter.Split(text, max));

    [Fact]
    public void Truncate_LongText_EndsWithEllipsisAtWordBoundary() =>
        Assert.Equal("alpha beta…", TextSplitter.Truncate("alpha beta gamma", 12));
}
