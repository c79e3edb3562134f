using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Platforms.Discord;
using NewsBot.Bot.Platforms.Discord.Rest;
using NewsBot.Bot.Tests.Platforms.Discord.Fakes;

namespace NewsBot.Bot.Tests.Platforms.Discord.Rest;

public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private const string WebhookToken = "wh-secret-token-abcdefghijklmnop";
    private FakeDiscord _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task SendAsync_RouteRateLimited_WaitsRetryAfterAndPostsOnce()
    {
        _fake.Script(r => r.Path == "channels/1/messages", FakeRestResponse.TooManyRequests(0.05, global: false));
        var rest = RestClients.For(_fake);

        var posted = await rest.SendAsync(DiscordRoutes.CreateMessage("1", Body("n1")), CancellationToken.None);

        Assert.NotNull(posted);
        Assert.Equal(2, _fake.RequestsTo("POST", "channels/1/messages").Count);
        Assert.Single(_fake.MessagesIn("1"));
    }

    [Fact]
    public async Task SendAsync_GlobalRateLimit_HoldsEveryRouteUntilRetryAfter()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _fake.Script(r => r.Method == "PUT", FakeRestResponse.TooManyRequests(30, global: true));
        using var limiter = new DiscordRateLimiter(clock);
        var rest = RestClients.For(_fake, clock, limiter);

        var commands = rest.SendAsync(DiscordRoutes.OverwriteCommands("800", null, []), CancellationToken.None);
        await FakeDiscord.WaitUntilAsync(() => limiter.GlobalUntil > clock.GetUtcNow());
        var message = rest.SendAsync(DiscordRoutes.CreateMessage("2", Body("n2")), CancellationToken.None);
        await Task.Delay(200);
        Assert.Empty(_fake.RequestsTo("POST", "channels/2/messages"));

        clock.Advance(TimeSpan.FromSeconds(30));
        await Task.WhenAll(commands, message).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Single(_fake.MessagesIn("2"));
        Assert.Equal(2, _fake.RequestsTo("PUT", "applications/800/commands").Count);
    }

    [Fact]
    public async Task SendAsync_LearnsBucketFromHeaders_NeverHits429()
    {
        _fake.MessageLimit = 3;
        _fake.MessageWindow = TimeSpan.FromMilliseconds(300);
        var rest = RestClients.For(_fake);

        for (var i = 0; i < 8; i++)
            await rest.SendAsync(DiscordRoutes.CreateMessage("3", Body("b" + i)), CancellationToken.None);

        Assert.Equal(8, _fake.MessagesIn("3").Count);
        Assert.Equal(0, _fake.TooManyRequestsSent);
    }

    [Fact]
    public async Task SendAsync_ServerErrorAfterCreate_RetriesWithNonceAndPostsOnce()
    {
        _fake.ScriptAfterCreate(r => r.Path == "channels/4/messages", new FakeRestResponse(502));
        var rest = RestClients.For(_fake);

        await rest.SendAsync(DiscordRoutes.CreateMessage("4", Body("same")), CancellationToken.None);

        Assert.Equal(2, _fake.RequestsTo("POST", "channels/4/messages").Count);
        Assert.Single(_fake.MessagesIn("4"));
    }

    [Fact]
    public async Task SendAsync_ServerErrorOnWebhook_IsNotRetriedAndReportedUncertain()
    {
        _fake.Script(r => r.Path.StartsWith("webhooks/55/", StringComparison.Ordinal), new FakeRestResponse(500));
        var rest = RestClients.For(_fake);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() =>
            rest.SendAsync(DiscordRoutes.ExecuteWebhook(new DiscordWebhook("55", WebhookToken), Body(null)), CancellationToken.None));

        Assert.True(error.Uncertain);
        Assert.Single(_fake.RequestsTo("POST", "webhooks/55/"));
        Assert.DoesNotContain(WebhookToken, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Forbidden_OpensCircuitAndStopsCallingTheChannel()
    {
        _fake.Script(r => r.Path == "channels/6/messages", new FakeRestResponse(403, """{"message":"Missing Access","code":50001}"""));
        var rest = RestClients.For(_fake);

        var first = await Assert.ThrowsAsync<DiscordApiException>(() => rest.SendAsync(DiscordRoutes.CreateMessage("6", Body("x")), CancellationToken.None));
        await Assert.ThrowsAsync<DiscordApiException>(() => rest.SendAsync(DiscordRoutes.CreateMessage("6", Body("y")), CancellationToken.None));

        Assert.Contains("50001", first.Message, StringComparison.Ordinal);
        Assert.Single(_fake.RequestsTo("POST", "channels/6/messages"));
    }

    [Fact]
    public async Task SendAsync_BotRoutesCarryBotToken_WebhooksCarryNone()
    {
        var rest = RestClients.For(_fake);

        await rest.SendAsync(DiscordRoutes.CreateMessage("7", Body("a")), CancellationToken.None);
        await rest.SendAsync(DiscordRoutes.ExecuteWebhook(new DiscordWebhook("77", WebhookToken), Body(null)), CancellationToken.None);

        Assert.Equal("Bot " + FakeDiscord.Token, _fake.RequestsTo("POST", "channels/7").Single().Authorization);
        Assert.Null(_fake.RequestsTo("POST", "webhooks/77").Single().Authorization);
        Assert.StartsWith("DiscordBot (", _fake.Requests.First().UserAgent, StringComparison.Ordinal);
    }

    private static JsonObject Body(string? nonce)
    {
        var body = new JsonObject { ["content"] = "hello", ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } };
        if (nonce is not null)
        {
            body["nonce"] = nonce;
            body["enforce_nonce"] = true;
        }

        return body;
    }
}
