using NewsBot.Core.Chat;

namespace NewsBot.Core.Tests.Chat;

public sealed class QuestionParserTests
{
    [Theory]
    [InlineData("what did Lecornu say about troops?", "Lecornu", "troops", null, null, false)]
    [InlineData("who said the ball is in their court?", null, null, "the ball is in their court", null, false)]
    [InlineData("who talked about air cover this week?", null, "air cover", null, "this week", true)]
    [InlineData("has Rubio said anything new since Monday?", "Rubio", null, null, "Monday", false)]
    [InlineData("What has John Healey said on the backstop", "John Healey", "the backstop", null, null, false)]
    public void Parse_Question_SplitsIntoParts(string question, string? speaker, string? topic, string? phrase, string? since, bool wantsSpeakers)
    {
        Assert.Equal(new ParsedQuestion(speaker, topic, phrase, since, wantsSpeakers), QuestionParser.Parse(question));
    }
}
