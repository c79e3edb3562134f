using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Operations;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Tests.Operations;

public sealed class ChatDispatcherTracingTests : IDisposable
{
    private readonly ConcurrentBag<Activity> _stopped = [];
    private readonly ActivityListener _listener;

    public ChatDispatcherTracingTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == NewsBotTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Add,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    private static ChatDispatcher Dispatcher(string command, Func<ChatAnswer> answer)
    {
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Name).Returns(command);
        handler.SetupGet(h => h.Usage).Returns("");
        handler.SetupGet(h => h.Description).Returns("test");
        handler.Setup(h => h.HandleAsync(It.IsAny<ChatRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(answer);
        return new ChatDispatcher(new CommandRouter([handler.Object]), NullLogger<ChatDispatcher>.Instance);
    }

    [Fact]
    public async Task DispatchAsync_Command_RecordsOneActivityWithPlatformAndChannel()
    {
        var channel = "C-" + Guid.NewGuid().ToString("N");

        await Dispatcher("traced", () => ChatAnswer.Text("ok", "ok")).DispatchAsync(new ChatRequest("slack", channel, "U1", "traced", ""), CancellationToken.None);

        var activity = Assert.Single(_stopped, a => Equals(a.GetTagItem("newsbot.channel"), channel));
        Assert.Equal("command traced", activity.DisplayName);
        Assert.Equal("slack", activity.GetTagItem("newsbot.platform"));
        Assert.NotEqual(ActivityStatusCode.Error, activity.Status);
    }

    [Fact]
    public async Task DispatchAsync_HandlerThrows_ActivityMarkedFailedWithoutTheMessage()
    {
        var channel = "C-" + Guid.NewGuid().ToString("N");

        var answer = await Dispatcher("boom", () => throw new InvalidOperationException("secret user text"))
            .DispatchAsync(new ChatRequest("discord", channel, "U1", "boom", ""), CancellationToken.None);

        Assert.Equal("Sorry", answer.Title);
        var activity = Assert.Single(_stopped, a => Equals(a.GetTagItem("newsbot.channel"), channel));
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Equal(nameof(InvalidOperationException), activity.StatusDescription);
    }
}
