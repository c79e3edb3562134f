using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Operations;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Tests.Operations;

public sealed class ChatDispatcherRateLimitTests
{
    [Fact]
    public async Task DispatchAsync_OverTheUserLimit_RefusesWithoutRunningTheHandler()
    {
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Name).Returns("search");
        handler.Setup(h => h.HandleAsync(It.IsAny<ChatRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(ChatAnswer.Text("Results", "…"));
        using var limiter = new CommandRateLimiter(Options.Create(new OperationsOptions { UserCommandsPerMinute = 1 }), new FakeTimeProvider());
        var dispatcher = new ChatDispatcher(new CommandRouter([handler.Object]), NullLogger<ChatDispatcher>.Instance, limiter);
        var request = new ChatRequest("discord", "123", "9", "search", "troops");

        var first = await dispatcher.DispatchAsync(request, CancellationToken.None);
        var second = await dispatcher.DispatchAsync(request, CancellationToken.None);

        Assert.Equal("Results", first.Title);
        Assert.Equal("Slow down", second.Title);
        handler.Verify(h => h.HandleAsync(It.IsAny<ChatRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
