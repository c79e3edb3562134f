using Moq;
using NewsBot.Core.Chat;
using NewsBot.Core.Chat.Handlers;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Chat.Handlers;

public sealed class WhoSaidHandlerTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 12, 0, 0, TimeSpan.Zero);

    private static IdentityResolver Identities() => IdentityResolver.FromProfiles([new TopicProfile
    {
        Entities = [new TopicEntity { Name = "John Healey", Role = "UK Defence Secretary", Aliases = ["Healey"] }],
    }]);

    private static QuoteHit Hit(string speaker, string text) =>
        new(new Quote(speaker, "UK Defence Secretary", text, QuoteKind.Direct, 0, text.Length), 1, "Paris talks", "Ledger", new Uri("https://example.test/a"), Now.AddDays(-1));

    private static WhoSaidHandler Handler(Mock<INewsStore> store) =>
        new(store.Object, new FixedClock(Now), Identities());

    private static ChatRequest Request(string args) => new("test", "c", "u", "whosaid", args);

    [Fact]
    public async Task HandleAsync_SurnameAboutTopicSince_QueriesCanonicalNameTopicAndDate()
    {
        var store = new Mock<INewsStore>();
        store.Setup(s => s.FindQuotesAsync(It.IsAny<QuoteQuery>(), It.IsAny<CancellationToken>())).ReturnsAsync([Hit("John Healey", "We are ready.")]);
        var answer = await Handler(store).HandleAsync(Request("Healey about troops since 2025-03-10"), CancellationToken.None);
        store.Verify(s => s.FindQuotesAsync(It.Is<QuoteQuery>(q => q.Speaker == "John Healey" && q.Topic == "troops" && q.Since == new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero)), It.IsAny<CancellationToken>()));
        var quote = Assert.Single(answer.Sections.SelectMany(s => s.Quotes));
        Assert.Equal(("John Healey", "Ledger"), (quote.Speaker, quote.Outlet));
    }

    [Fact]
    public async Task HandleAsync_MisspeltName_SaysWhatWasSearchedAndSuggests()
    {
        var store = new Mock<INewsStore>();
        store.Setup(s => s.FindQuotesAsync(It.IsAny<QuoteQuery>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        store.Setup(s => s.ListSpeakersAsync(null, null, It.IsAny<CancellationToken>())).ReturnsAsync([new SpeakerCount("Marco Rubio", null, 3)]);
        var answer = await Handler(store).HandleAsync(Request("Heally"), CancellationToken.None);
        var body = answer.Sections[0].Body!;
        Assert.Contains("quotes from 'Heally'", body, StringComparison.Ordinal);
        Assert.Contains("Did you mean John Healey?", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_NothingOnTopic_SaysTheSpeakerHasOtherQuotes()
    {
        var store = new Mock<INewsStore>();
        store.Setup(s => s.FindQuotesAsync(It.Is<QuoteQuery>(q => q.Topic != null), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        store.Setup(s => s.FindQuotesAsync(It.Is<QuoteQuery>(q => q.Topic == null), It.IsAny<CancellationToken>())).ReturnsAsync([Hit("John Healey", "Other words.")]);
        var answer = await Handler(store).HandleAsync(Request("Healey about fisheries"), CancellationToken.None);
        Assert.Contains("1 quote from them on other topics", answer.Sections[0].Body!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Healey since someday")]
    public async Task HandleAsync_BadArguments_EphemeralHelp(string args)
    {
        var answer = await Handler(new Mock<INewsStore>()).HandleAsync(Request(args), CancellationToken.None);
        Assert.True(answer.Ephemeral);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
