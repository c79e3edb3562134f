using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using NewsBot.Bot.Scheduling;
using NewsBot.Core.Analysis;
using NewsBot.Core.Digests;
using NewsBot.Core.Keywords;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Tests.Scheduling;

public sealed class DigestDeliveryServiceTests
{
    private static readonly ChannelSubscription Target = new("test", "C1", "coalition", "0 0 8 * * ?", "UTC");
    private static readonly DigestPeriod Period = new(new DateTimeOffset(2026, 3, 11, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 12, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryDeliveryLog _log = new();
    private readonly RecordingDigestSender _sender = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 12, 8, 0, 1, TimeSpan.Zero));

    private DigestDeliveryService Service(string instance = "a")
    {
        var store = new Mock<INewsStore>();
        store.Setup(s => s.ListArticlesAsync(It.IsAny<ArticleQuery>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var profiles = new ProfileCatalog(new Dictionary<string, CompiledProfile> { ["coalition"] = new(new TopicProfile { Name = "coalition" }) }, "coalition");
        return new DigestDeliveryService(new DigestBuilder(store.Object, profiles), _log, [_sender], _clock, new BotInstance(instance), NullLogger<DigestDeliveryService>.Instance);
    }

    [Fact]
    public async Task DeliverAsync_FirstTime_PostsOnceAndRecordsDelivered()
    {
        var outcome = await Service().DeliverAsync(Target, Period, late: false, CancellationToken.None);

        var record = await _log.GetAsync(DeliveryKey.For(Target, Period), CancellationToken.None);
        Assert.Equal(DeliveryOutcome.Posted, outcome);
        Assert.Single(_sender.Posts);
        Assert.Equal(DeliveryStatus.Delivered, record!.Status);
        Assert.Equal("m1", record.MessageIds);
        Assert.Equal("test:C1:coalition:2026-03-11T08:00:00Z/2026-03-12T08:00:00Z", _sender.Posts.Single().Key);
    }

    [Fact]
    public async Task DeliverAsync_SamePeriodTwiceFromTwoInstances_PostsOnce()
    {
        await Service("a").DeliverAsync(Target, Period, late: false, CancellationToken.None);
        var second = await Service("b").DeliverAsync(Target, Period, late: false, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.AlreadyDelivered, second);
        Assert.Single(_sender.Posts);
    }

    [Fact]
    public async Task DeliverAsync_ClaimLeftStartedByACrash_IsNotPostedAgain()
    {
        // A crash between claim and confirmation leaves the record Started: the post may already be in the channel.
        await _log.TryClaimAsync(DeliveryKey.For(Target, Period), "crashed", _clock.GetUtcNow(), false, CancellationToken.None);

        var outcome = await Service().DeliverAsync(Target, Period, late: false, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.InDoubt, outcome);
        Assert.Empty(_sender.Posts);
        Assert.Single(await _log.ListUnfinishedAsync(CancellationToken.None));
    }

    [Fact]
    public async Task DeliverAsync_SenderFails_ReleasesClaimSoTheNextFirePosts()
    {
        _sender.FailWith = new HttpRequestException("platform down");
        await Assert.ThrowsAsync<HttpRequestException>(() => Service().DeliverAsync(Target, Period, false, CancellationToken.None));
        _sender.FailWith = null;

        var retry = await Service().DeliverAsync(Target, Period, late: false, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Posted, retry);
        Assert.Single(_sender.Posts);
    }

    [Fact]
    public async Task DeliverAsync_Late_MarksRecordAndFooter()
    {
        var outcome = await Service().DeliverAsync(Target, Period, late: true, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.PostedLate, outcome);
        Assert.Contains("late: scheduled for 2026-03-12 08:00 UTC", _sender.Posts.Single().Answer.Footer, StringComparison.Ordinal);
        Assert.True((await _log.GetAsync(DeliveryKey.For(Target, Period), CancellationToken.None))!.Late);
    }

    [Fact]
    public async Task DeliverAsync_UnknownPlatform_ThrowsNamingIt()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Service().DeliverAsync(Target with { Platform = "matrix" }, Period, false, CancellationToken.None));

        Assert.Contains("'matrix'", error.Message, StringComparison.Ordinal);
        Assert.Empty(_log.Records);
    }
}
