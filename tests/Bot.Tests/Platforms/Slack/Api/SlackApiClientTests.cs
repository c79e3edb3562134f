using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Operations;
using NewsBot.Bot.Platforms.Slack;
using NewsBot.Bot.Platforms.Slack.Api;
using NewsBot.Bot.Platforms.Slack.Rendering;
using NewsBot.Bot.Tests.Platforms.Slack.Fakes;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Tests.Platforms.Slack.Api;

public sealed class SlackApiClientTests
{
    private static readonly SlackMessage Hello = SlackBlockRenderer.Render(ChatAnswer.Text("Hello", "A test message."))[0];

    private static SlackApiClient Client(FakeSlackServer fake, TimeProvider clock, string botToken = SlackBotHarness.BotToken) => new(
        new HttpClient(),
        Options.Create(new SlackOptions { BotToken = botToken, AppToken = SlackBotHarness.AppToken, ApiBaseUrl = fake.ApiBaseUrl }),
        new SlackRateLimiter(clock), clock, NullLogger<SlackApiClient>.Instance);

    /// <summary>Moves the fake clock on until <paramref name="task"/> is done, so waits on it end.</summary>
    internal static async Task<T> WithClockAsync<T>(FakeTimeProvider clock, Task<T> task)
    {
        using var timeout = new CancellationTokenSource(FakeSlackServer.TestTimeout);
        while (!task.IsCompleted)
        {
            clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.WhenAny(task, Task.Delay(2, timeout.Token));
        }

        return await task;
    }

    [Fact]
    public async Task PostMessage_OkFalse_ThrowsWithSlacksError()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        var client = Client(fake, TimeProvider.System);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.PostMessageAsync(FakeSlackServer.MissingChannelPrefix + "1", Hello, null, default));

        Assert.Equal("chat.postMessage", error.Method);
        Assert.Equal("channel_not_found", error.Error);
        Assert.False(error.IsFatal);
    }

    [Fact]
    public async Task PostMessage_RateLimited_WaitsRetryAfterThenPostsOnce()
    {
        var clock = new FakeTimeProvider();
        await using var fake = await FakeSlackServer.StartAsync(clock);
        fake.Script("chat.postMessage", FakeSlackReply.RateLimited(30));
        var client = Client(fake, clock);

        var ts = await WithClockAsync(clock, client.PostMessageAsync("C0NEWS001", Hello, null, default));

        var calls = fake.CallsTo("chat.postMessage");
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(30));
        Assert.StartsWith("1700000000.", ts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessage_RateLimited_CountsThe429InTheMetrics()
    {
        var clock = new FakeTimeProvider();
        await using var fake = await FakeSlackServer.StartAsync(clock);
        fake.Script("chat.postMessage", FakeSlackReply.RateLimited(5));
        var client = Client(fake, clock);
        long slack429s = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == NewsBotMetrics.MeterName && instrument.Name == "newsbot.platform.rate_limited")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "platform" && Equals(tag.Value, "slack"))
                    Interlocked.Add(ref slack429s, value);
            }
        });
        listener.Start();

        await WithClockAsync(clock, client.PostMessageAsync("C0NEWS001", Hello, null, default));

        // Other tests may record 429s at the same time; this one added at least its own.
        Assert.True(Interlocked.Read(ref slack429s) >= 1);
    }

    [Fact]
    public async Task PostMessage_RateLimited_PausesThatMethodOnly()
    {
        var clock = new FakeTimeProvider();
        await using var fake = await FakeSlackServer.StartAsync(clock);
        fake.Script("chat.postMessage", FakeSlackReply.RateLimited(60));
        var client = Client(fake, clock);
        var post = client.PostMessageAsync("C0NEWS001", Hello, null, default);
        await fake.WaitForCallsAsync("chat.postMessage");

        await client.AuthTestAsync(default);

        Assert.False(post.IsCompleted);
        Assert.Single(fake.CallsTo("chat.postMessage"));
        await WithClockAsync(clock, post);
        Assert.Equal(2, fake.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task PostMessage_ServerError_NotRetriedBecauseItMightDouble()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        fake.Script("chat.postMessage", new FakeSlackReply(503, "upstream"));
        var client = Client(fake, TimeProvider.System);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.PostMessageAsync("C0NEWS001", Hello, null, default));

        Assert.Equal("http_503", error.Error);
        Assert.Single(fake.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task AuthTest_ServerError_RetriedBecauseSafe()
    {
        var clock = new FakeTimeProvider();
        await using var fake = await FakeSlackServer.StartAsync(clock);
        fake.Script("auth.test", new FakeSlackReply(500, "oops"));
        var client = Client(fake, clock);

        var identity = await WithClockAsync(clock, client.AuthTestAsync(default));

        Assert.Equal(new SlackIdentity(FakeSlackServer.BotUserId, FakeSlackServer.TeamId, "BBOT0001"), identity);
        Assert.Equal(2, fake.CallsTo("auth.test").Count);
    }

    [Fact]
    public async Task AuthTest_WrongTokenType_FatalError()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        var client = Client(fake, TimeProvider.System, botToken: "xoxp-a-user-token-not-a-bot");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.AuthTestAsync(default));

        Assert.Equal("invalid_auth", error.Error);
        Assert.True(error.IsFatal);
    }

    [Fact]
    public async Task OpenConnection_SendsAppToken_ReturnsSocketAddress()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        var client = Client(fake, TimeProvider.System);

        var url = await client.OpenConnectionAsync(default);

        Assert.Equal("ws", url.Scheme);
        Assert.Equal("Bearer " + SlackBotHarness.AppToken, fake.CallsTo("apps.connections.open")[0].Authorization);
    }

    [Fact]
    public async Task PostMessage_SameChannel_SpacedAtLeastOneSecond()
    {
        var clock = new FakeTimeProvider();
        await using var fake = await FakeSlackServer.StartAsync(clock);
        var client = Client(fake, clock);

        var posts = Task.WhenAll(
            client.PostMessageAsync("C0NEWS001", Hello, null, default),
            client.PostMessageAsync("C0NEWS001", Hello, null, default),
            client.PostMessageAsync("C0NEWS001", Hello, null, default),
            client.PostMessageAsync("C0OTHER01", Hello, null, default));
        await WithClockAsync(clock, posts);

        var news = fake.CallsTo("chat.postMessage").Where(c => c.Json["channel"]!.GetValue<string>() == "C0NEWS001").Select(c => c.At).Order().ToList();
        // Each post starts a second after the previous one finished, so Slack sees them at least a second apart.
        Assert.True(news[1] - news[0] >= TimeSpan.FromSeconds(1));
        Assert.True(news[2] - news[1] >= TimeSpan.FromSeconds(1));
        Assert.Equal(4, fake.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task PostMessage_FakeEnforcingChannelRate_OurPostsNeverLimitedARawBurstIs()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        fake.EnforceChannelRate = true;
        var client = Client(fake, TimeProvider.System);
        await using var frozen = await FakeSlackServer.StartAsync(new FakeTimeProvider());
        frozen.EnforceChannelRate = true;

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.PostMessageAsync("C0NEWS001", Hello, null, default)));
        var burst = new[] { await RawPostAsync(frozen), await RawPostAsync(frozen) };

        Assert.Equal(0, fake.RateLimitedPosts);
        Assert.Equal(3, fake.CallsTo("chat.postMessage").Count);
        Assert.Equal([System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.TooManyRequests], burst);
        Assert.Equal(1, frozen.RateLimitedPosts);
    }

    /// <summary>A post straight to the fake, with no pacing (the fake's clock does not move between two).</summary>
    private static async Task<System.Net.HttpStatusCode> RawPostAsync(FakeSlackServer fake)
    {
        using var http = new HttpClient();
        using var body = new StringContent("{\"channel\":\"C0NEWS001\",\"text\":\"x\"}", System.Text.Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fake.ApiBaseUrl, "chat.postMessage")) { Content = body };
        request.Headers.Authorization = new("Bearer", SlackBotHarness.BotToken);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
