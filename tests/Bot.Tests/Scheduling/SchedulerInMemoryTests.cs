using NewsBot.Bot.Hosting;
using NewsBot.Bot.Scheduling;

namespace NewsBot.Bot.Tests.Scheduling;

/// <summary>The embedded default: Quartz in memory, one instance, a delivery log that outlives a restart.</summary>
public sealed class SchedulerInMemoryTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-sched-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Start_DigestMissedWhileDown_PostedOnceLateAndNotAgainAfterRestart()
    {
        var log = new InMemoryDeliveryLog();
        var sender = new RecordingDigestSender();
        var store = new StoreOptions { Provider = "sqlite" };

        await using (var first = await SchedulerNode.StartAsync("first", _folder, store, log, sender))
            Assert.True(await SchedulerNode.WaitUntilAsync(() => first.DigestRuns.Any(), Limit), "the catch-up digest never ran");

        await using (var second = await SchedulerNode.StartAsync("second", _folder, store, log, sender))
        {
            Assert.True(await SchedulerNode.WaitUntilAsync(() => second.DigestRuns.Any(), Limit), "the restart's catch-up never ran");
            Assert.Equal(nameof(DeliveryOutcome.AlreadyDelivered), second.DigestRuns.Single().Outcome);
        }

        var post = Assert.Single(sender.Posts);
        Assert.Contains("late: scheduled for", post.Answer.Footer, StringComparison.Ordinal);
        Assert.EndsWith("08:00:00Z", post.Key, StringComparison.Ordinal);
    }
}
