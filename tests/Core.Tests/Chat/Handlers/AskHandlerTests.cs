using Moq;
using NewsBot.Core.Chat;
using NewsBot.Core.Chat.Handlers;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Chat.Handlers;

public sealed class AskHandlerTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 12, 0, 0, TimeSpan.Zero); // a Friday

    private static async Task<QuoteQuery?> QueryFor(string question)
    {
        QuoteQuery? seen = null;
        var store = new Mock<INewsStore>();
        store.Setup(s => s.FindQuotesAsync(It.IsAny<QuoteQuery>(), It.IsAny<CancellationToken>()))
            .Callback<QuoteQuery, CancellationToken>((q, _) => seen ??= q).ReturnsAsync([]);
        store.Setup(s => s.ListSpeakersAsync(It.IsAny<string?>(), It.IsAny<DateTimeOffset?>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        await new AskHandler(store.Object, new FixedClock(Now)).HandleAsync(new ChatRequest("t", "c", "u", "ask", question), CancellationToken.None);
        return seen;
    }

    [Fact]
    public async Task HandleAsync_WhatDidSayAbout_SearchesSpeakerAndTopic()
    {
        var query = await QueryFor("what did Lecornu say about troops?");
        Assert.Equal(("Lecornu", "troops"), (query?.Speaker, query?.Topic));
    }

    [Fact]
    public async Task HandleAsync_WhoSaidPhrase_SearchesPhrase()
    {
        Assert.Equal("the ball is in their court", (await QueryFor("who said the ball is in their court?"))?.Phrase);
    }

    [Fact]
    public async Task HandleAsync_SinceMonday_SearchesFromLastMonday()
    {
        var query = await QueryFor("has Rubio said anything new since Monday?");
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero), query?.Since);
    }

    [Fact]
    public async Task HandleAsync_WhoTalkedAbout_ListsSpeakersWithCounts()
    {
        var store = new Mock<INewsStore>();
        store.Setup(s => s.ListSpeakersAsync("air cover", It.IsAny<DateTimeOffset?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new SpeakerCount("Marco Rubio", "US Secretary of State", 2)]);
        var answer = await new AskHandler(store.Object, new FixedClock(Now)).HandleAsync(new ChatRequest("t", "c", "u", "ask", "who talked about air cover this week?"), CancellationToken.None);
        Assert.Equal("Marco Rubio, US Secretary of State: 2 quotes", answer.Sections[0].Body);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
