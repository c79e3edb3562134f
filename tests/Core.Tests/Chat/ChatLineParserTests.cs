using NewsBot.Core.Chat;

namespace NewsBot.Core.Tests.Chat;

public sealed class ChatLineParserTests
{
    [Theory]
    [InlineData("/whosaid Healey", "whosaid", "Healey")]
    [InlineData("  /DIGEST   since 7d ", "digest", "since 7d")]
    [InlineData("/help", "help", "")]
    [InlineData("@newsbot what did Lecornu say about troops?", "ask", "what did Lecornu say about troops?")]
    [InlineData("@NewsBot, who said the ball is in their court?", "ask", "who said the ball is in their court?")]
    // A line without a slash or a mention is still a question: the console has no other use for it.
    [InlineData("who talked about air cover this week?", "ask", "who talked about air cover this week?")]
    public void Parse_Line_GivesCommandAndArguments(string line, string command, string arguments)
    {
        var request = ChatLineParser.Parse(line, "console", "c", "u");

        Assert.NotNull(request);
        Assert.Equal(command, request.Command);
        Assert.Equal(arguments, request.Arguments);
        Assert.Equal("console", request.Platform);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_BlankLine_GivesNothing(string line) => Assert.Null(ChatLineParser.Parse(line, "console", "c", "u"));
}
