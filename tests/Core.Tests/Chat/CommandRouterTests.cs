using Moq;
using NewsBot.Core.Chat;

namespace NewsBot.Core.Tests.Chat;

public sealed class CommandRouterTests
{
    private static Mock<ICommandHandler> Handler(string name, string reply)
    {
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Name).Returns(name);
        handler.SetupGet(h => h.Usage).Returns("ARG");
        handler.SetupGet(h => h.Description).Returns($"does {name}");
        handler.Setup(h => h.HandleAsync(It.IsAny<ChatRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(ChatAnswer.Text(reply, reply));
        return handler;
    }

    [Fact]
    public async Task RouteAsync_KnownCommand_CallsItsHandlerWithTheRequest()
    {
        var whosaid = Handler("whosaid", "quotes");
        var router = new CommandRouter([whosaid.Object, Handler("digest", "digest").Object]);
        var request = new ChatRequest("console", "c", "u", "WhoSaid", "Healey");

        var answer = await router.RouteAsync(request, CancellationToken.None);

        Assert.Equal("quotes", answer.Title);
        whosaid.Verify(h => h.HandleAsync(request, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task RouteAsync_UnknownCommand_AnswersWithHelpHintEphemerally()
    {
        var router = new CommandRouter([Handler("digest", "d").Object]);

        var answer = await router.RouteAsync(new ChatRequest("console", "c", "u", "frobnicate", ""), CancellationToken.None);

        Assert.True(answer.Ephemeral);
        Assert.Contains("/frobnicate", answer.Sections[0].Body, StringComparison.Ordinal);
        Assert.Contains("/help", answer.Sections[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_Help_ListsEveryCommandButAsk()
    {
        var router = new CommandRouter([Handler("digest", "d").Object, Handler("whosaid", "w").Object, Handler("ask", "a").Object]);

        var answer = await router.RouteAsync(new ChatRequest("console", "c", "u", "help", ""), CancellationToken.None);

        var body = answer.Sections[0].Body!;
        Assert.Contains("/digest ARG — does digest", body, StringComparison.Ordinal);
        Assert.Contains("/whosaid ARG — does whosaid", body, StringComparison.Ordinal);
        Assert.DoesNotContain("/ask", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DuplicateNames_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CommandRouter([Handler("digest", "a").Object, Handler("Digest", "b").Object]));
    }
}
