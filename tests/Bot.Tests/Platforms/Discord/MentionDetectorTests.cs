using System.Text.Json;
using NewsBot.Bot.Platforms.Discord;

namespace NewsBot.Bot.Tests.Platforms.Discord;

public sealed class MentionDetectorTests
{
    [Theory]
    [InlineData("""{"content":"<@900> who said it?","guild_id":"1","author":{"id":"5"},"mentions":[]}""", "who said it?")]
    [InlineData("""{"content":"hey <@!900>, what did Healey say?","guild_id":"1","author":{"id":"5"},"mentions":[]}""", "hey, what did Healey say?")]
    // Mentioned through mentions[] only (a reply that pings the bot).
    [InlineData("""{"content":"what about troops","guild_id":"1","author":{"id":"5"},"mentions":[{"id":"900"}]}""", "what about troops")]
    // A direct message needs no mention.
    [InlineData("""{"content":"status?","author":{"id":"5"},"mentions":[]}""", "status?")]
    [InlineData("""{"content":"nothing for the bot","guild_id":"1","author":{"id":"5"},"mentions":[{"id":"7"}]}""", null)]
    [InlineData("""{"content":"<@900> loop?","guild_id":"1","author":{"id":"6","bot":true},"mentions":[{"id":"900"}]}""", null)]
    [InlineData("""{"content":"<@900> myself","author":{"id":"900"},"mentions":[]}""", null)]
    public void Question_FindsQuestionsForTheBot(string json, string? expected)
    {
        using var message = JsonDocument.Parse(json);

        Assert.Equal(expected, MentionDetector.Question(message.RootElement, "900"));
    }
}
