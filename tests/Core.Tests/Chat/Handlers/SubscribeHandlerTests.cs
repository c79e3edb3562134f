using Moq;
using NewsBot.Core.Analysis;
using NewsBot.Core.Chat;
using NewsBot.Core.Chat.Handlers;
using NewsBot.Core.Keywords;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Chat.Handlers;

public sealed class SubscribeHandlerTests
{
    private static readonly ProfileCatalog Profiles = new(
        new Dictionary<string, CompiledProfile>
        {
            ["coalition"] = new(new TopicProfile { Name = "coalition", Terms = [] }),
            ["energy"] = new(new TopicProfile { Name = "energy", Terms = [] }),
        },
        "coalition");

    private static ChatRequest Request(string arguments, bool admin) =>
        new("slack", "C42", "U7", "subscribe", arguments) { IsAdmin = admin };

    [Fact]
    public async Task HandleAsync_NotAdmin_RefusesAndStoresNothing()
    {
        var store = new Mock<ISubscriptionStore>(MockBehavior.Strict);
        var answer = await new SubscribeHandler(store.Object, Profiles).HandleAsync(Request("energy at 07:30", admin: false), CancellationToken.None);

        Assert.Equal("Not allowed", answer.Title);
        Assert.True(answer.Ephemeral);
        Assert.Contains("administrators", answer.Sections[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_AdminWithTimeAndZone_StoresCronInThatZone()
    {
        ChannelSubscription? stored = null;
        var store = new Mock<ISubscriptionStore>();
        store.Setup(s => s.UpsertSubscriptionAsync(It.IsAny<ChannelSubscription>(), It.IsAny<CancellationToken>()))
            .Callback<ChannelSubscription, CancellationToken>((s, _) => stored = s).Returns(Task.CompletedTask);

        var answer = await new SubscribeHandler(store.Object, Profiles).HandleAsync(Request("energy at 07:30 in Europe/Paris", admin: true), CancellationToken.None);

        Assert.Equal("Subscribed", answer.Title);
        Assert.Equal(new ChannelSubscription("slack", "C42", "energy", "0 30 7 * * ?", "Europe/Paris"), stored! with { CreatedBy = null });
        Assert.Equal("U7", stored.CreatedBy);
    }

    [Fact]
    public async Task HandleAsync_NoArguments_UsesDefaultProfileTimeAndZone()
    {
        ChannelSubscription? stored = null;
        var store = new Mock<ISubscriptionStore>();
        store.Setup(s => s.UpsertSubscriptionAsync(It.IsAny<ChannelSubscription>(), It.IsAny<CancellationToken>()))
            .Callback<ChannelSubscription, CancellationToken>((s, _) => stored = s).Returns(Task.CompletedTask);

        await new SubscribeHandler(store.Object, Profiles).HandleAsync(Request("", admin: true), CancellationToken.None);

        Assert.Equal(("coalition", "0 0 8 * * ?", "UTC"), (stored!.Profile, stored.Cron, stored.TimeZone));
    }

    [Theory]
    [InlineData("sports", "no topic profile 'sports'")]
    [InlineData("at 25:00", "can't read the time '25:00'")]
    [InlineData("in Mars/Olympus", "don't know the time zone 'Mars/Olympus'")]
    [InlineData("energy extra", "don't understand 'extra'")]
    public async Task HandleAsync_BadArgument_ExplainsAndStoresNothing(string arguments, string expected)
    {
        var store = new Mock<ISubscriptionStore>(MockBehavior.Strict);
        var answer = await new SubscribeHandler(store.Object, Profiles).HandleAsync(Request(arguments, admin: true), CancellationToken.None);

        Assert.Contains(expected, answer.Sections[0].Body, StringComparison.Ordinal);
        Assert.True(answer.Ephemeral);
    }
}
