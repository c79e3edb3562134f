using Moq;
using NewsBot.Core.Chat;
using NewsBot.Core.Chat.Handlers;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Chat.Handlers;

public sealed class UnsubscribeHandlerTests
{
    [Fact]
    public async Task HandleAsync_NotAdmin_RefusesAndRemovesNothing()
    {
        var store = new Mock<ISubscriptionStore>(MockBehavior.Strict);
        var answer = await new UnsubscribeHandler(store.Object).HandleAsync(
            new ChatRequest("discord", "123", "9", "unsubscribe", ""), CancellationToken.None);

        Assert.Equal("Not allowed", answer.Title);
        Assert.Contains("/unsubscribe", answer.Sections[0].Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", null, 2, "2 daily digests are stopped")]
    [InlineData("energy", "energy", 1, "daily digest is stopped")]
    [InlineData("energy", "energy", 0, "has no daily energy digest")]
    public async Task HandleAsync_Admin_RemovesThisChannelsSubscriptions(string arguments, string? profile, int removed, string expected)
    {
        var store = new Mock<ISubscriptionStore>();
        store.Setup(s => s.RemoveSubscriptionAsync("discord", "123", profile, It.IsAny<CancellationToken>())).ReturnsAsync(removed);

        var answer = await new UnsubscribeHandler(store.Object).HandleAsync(
            new ChatRequest("discord", "123", "9", "unsubscribe", arguments) { IsAdmin = true }, CancellationToken.None);

        Assert.Contains(expected, answer.Sections[0].Body, StringComparison.Ordinal);
        store.Verify(s => s.RemoveSubscriptionAsync("discord", "123", profile, It.IsAny<CancellationToken>()), Times.Once);
    }
}
