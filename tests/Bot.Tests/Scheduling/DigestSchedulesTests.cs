using Microsoft.Extensions.Options;
using Moq;
using NewsBot.Bot.Scheduling;
using NewsBot.Core.Analysis;
using NewsBot.Core.Keywords;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Tests.Scheduling;

public sealed class DigestSchedulesTests
{
    [Fact]
    public async Task ListAsync_ConfigPlatformsAndStore_MergedWithSubscriptionsWinning()
    {
        var options = new DigestScheduleOptions();
        options.Channels.Add(new DigestChannelOptions { Platform = "console", ChannelId = "console", Cron = "0 0 7 * * ?" });
        options.Channels.Add(new DigestChannelOptions { Platform = "slack", ChannelId = "C1", Cron = "0 0 6 * * ?" });
        var platform = Mock.Of<IDigestChannelSource>(s => s.ConfiguredDigests == new[] { new ChannelSubscription("discord", "D1", "coalition", "0 0 9 * * ?", "UTC") });
        var store = new InMemorySubscriptionStore();
        await store.UpsertSubscriptionAsync(new ChannelSubscription("slack", "C1", "coalition", "0 30 8 * * ?", "Europe/Paris"), CancellationToken.None);
        var profiles = new ProfileCatalog(new Dictionary<string, CompiledProfile> { ["coalition"] = new(new TopicProfile { Name = "coalition" }) }, "coalition");

        var all = await new DigestSchedules(store, Options.Create(options), profiles, [platform]).ListAsync(CancellationToken.None);

        Assert.Equal(["console:console:0 0 7 * * ?", "discord:D1:0 0 9 * * ?", "slack:C1:0 30 8 * * ?"],
            all.Select(s => $"{s.Platform}:{s.ChannelId}:{s.Cron}"));
        Assert.All(all, s => Assert.Equal("coalition", s.Profile));
    }
}
