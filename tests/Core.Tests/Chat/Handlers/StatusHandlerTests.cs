using Moq;
using NewsBot.Core.Chat;
using NewsBot.Core.Chat.Handlers;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Chat.Handlers;

public sealed class StatusHandlerTests
{
    [Fact]
    public async Task HandleAsync_WithContributor_AppendsItsSectionsAfterTheStore()
    {
        var store = new Mock<INewsStore>();
        store.Setup(s => s.GetStatisticsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new StoreStatistics(3, 2, 5, 0, null));
        store.Setup(s => s.ListQuarantineAsync(5, It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var contributor = new Mock<IStatusContributor>();
        contributor.Setup(c => c.DescribeAsync(It.IsAny<CancellationToken>())).ReturnsAsync([new AnswerSection("Next runs", "digest at 08:00")]);

        var answer = await new StatusHandler(store.Object, [contributor.Object]).HandleAsync(new ChatRequest("cli", "cli", "cli", "status", ""), CancellationToken.None);

        Assert.Equal("Next runs", answer.Sections[^1].Heading);
        Assert.Contains("Articles: 3", answer.Sections[0].Body, StringComparison.Ordinal);
    }
}
