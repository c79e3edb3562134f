using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Bot.Platforms.Slack.Receiving;
using NewsBot.Bot.Platforms.Slack.SocketMode;
using NewsBot.Bot.Tests.Platforms.Slack.Fakes;

namespace NewsBot.Bot.Tests.Platforms.Slack.SocketMode;

public sealed class SlackSocketModeServiceTests
{
    [Fact]
    public async Task Session_Mention_AckedThenAnsweredInThread()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake, [SlackBotHarness.HealeyQuote("Troops will be there for the long haul.")]);
        var socket = await fake.WaitForSocketAsync(1);

        await socket.SendEnvelopeAsync("env-1", "events_api", SlackPayloads.Mention("Ev1", $"<@{FakeSlackServer.BotUserId}> what did Healey say?", "1700000001.000100"));
        await fake.WaitForAckAsync("env-1");
        var post = (await fake.WaitForCallsAsync("chat.postMessage"))[0].Json;

        Assert.Equal(SlackBotHarness.NewsChannel, post["channel"]!.GetValue<string>());
        Assert.Equal("1700000001.000100", post["thread_ts"]!.GetValue<string>());
        Assert.Contains("Troops will be there for the long haul.", post["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        var events = fake.Events.ToList();
        Assert.True(events.IndexOf("ack:env-1#1") < events.IndexOf("call:chat.postMessage"));
        Assert.Equal("auth.test", fake.Calls[0].Method);
    }

    [Fact]
    public async Task SlowHandler_AckSentBeforeHandlerFinishes()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        var gate = new GatedHandler();
        await using var bot = await SlackBotHarness.StartAsync(fake, extra: gate);
        var socket = await fake.WaitForSocketAsync(1);

        await socket.SendEnvelopeAsync("env-slow", "slash_commands", SlackPayloads.SlashCommand(fake, "/slow", "", "trig-slow"));
        await fake.WaitForAckAsync("env-slow");
        await gate.Started.WaitAsync(FakeSlackServer.TestTimeout);

        Assert.False(gate.Finished);
        Assert.Empty(fake.CallsTo("response_url"));
        gate.Release();
        var reply = (await fake.WaitForCallsAsync("response_url"))[0].Json;
        Assert.Contains("Done at last.", reply["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        var events = fake.Events.ToList();
        Assert.True(events.IndexOf("ack:env-slow#1") < events.IndexOf("call:response_url"));
    }

    [Fact]
    public async Task Duplicates_SameEnvelopeAndSameEventId_AckedEachTimeAnsweredOnce()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake, [SlackBotHarness.HealeyQuote("We stand ready.")]);
        var socket = await fake.WaitForSocketAsync(1);
        var question = SlackPayloads.Mention("Ev-dup", $"<@{FakeSlackServer.BotUserId}> what did Healey say?", "1700000002.000100");

        await socket.SendEnvelopeAsync("env-a", "events_api", question);
        await socket.SendEnvelopeAsync("env-a", "events_api", question.DeepClone());
        await socket.SendEnvelopeAsync("env-b", "events_api", question.DeepClone());
        await socket.SendEnvelopeAsync("env-c", "events_api", SlackPayloads.Mention("Ev-other", $"<@{FakeSlackServer.BotUserId}> what did Healey say?", "1700000003.000100"));
        await fake.WaitForAckAsync("env-c");

        // The receive loop handles frames in order, so by env-c's ack both duplicates were judged.
        Assert.Equal(2, fake.Events.Count(e => e == "ack:env-a#1"));
        Assert.Contains("ack:env-b#1", fake.Events);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("[4115]", StringComparison.Ordinal) && l.Contains("envelope:env-a", StringComparison.Ordinal));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("[4115]", StringComparison.Ordinal) && l.Contains("event:Ev-dup", StringComparison.Ordinal));
        var posts = await fake.WaitForCallsAsync("chat.postMessage", 2);
        Assert.Equal(["1700000002.000100", "1700000003.000100"], posts.Select(p => p.Json["thread_ts"]!.GetValue<string>()).Order());
        Assert.Equal(0, bot.Services.GetRequiredService<SlackWorkQueue>().Reader.Count);
    }

    [Theory]
    [InlineData("warning")]
    [InlineData("refresh_requested")]
    public async Task Disconnect_Reconnectable_OpensNewConnectionBeforeClosingOld(string reason)
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake, [SlackBotHarness.HealeyQuote("Still here.")]);
        var first = await fake.WaitForSocketAsync(1);

        await first.SendDisconnectAsync(reason);
        var second = await fake.WaitForSocketAsync(2);
        await first.Closed.WaitAsync(FakeSlackServer.TestTimeout);

        var events = fake.Events.ToList();
        Assert.True(events.IndexOf("hello#2") < events.IndexOf("closed#1"), string.Join(", ", events));
        Assert.Equal(2, fake.CallsTo("apps.connections.open").Count);
        await second.SendEnvelopeAsync("env-after", "events_api", SlackPayloads.Mention("Ev-after", $"<@{FakeSlackServer.BotUserId}> what did Healey say?", "1700000004.000100"));
        await fake.WaitForAckAsync("env-after");
        await fake.WaitForCallsAsync("chat.postMessage");
    }

    [Fact]
    public async Task Disconnect_LinkDisabled_StopsTheHostWithoutReconnecting()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake);
        var socket = await fake.WaitForSocketAsync(1);
        var lifetime = bot.Services.GetRequiredService<IHostApplicationLifetime>();

        await socket.SendDisconnectAsync("link_disabled");
        await Task.Delay(Timeout.Infinite, lifetime.ApplicationStopping).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(FakeSlackServer.TestTimeout);

        Assert.Single(fake.CallsTo("apps.connections.open"));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("[4113]", StringComparison.Ordinal) && l.Contains("link_disabled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SilentConnection_PongTimeout_Reconnects()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake, tuning: new SlackSocketTuning
        {
            PingInterval = TimeSpan.FromMilliseconds(100),
            PongTimeout = TimeSpan.FromMilliseconds(500),
            BaseBackoff = TimeSpan.FromMilliseconds(20),
            MaxBackoff = TimeSpan.FromMilliseconds(200),
        });
        var first = await fake.WaitForSocketAsync(1);

        first.GoSilent();
        var second = await fake.WaitForSocketAsync(2);

        Assert.Equal(2, second.Number);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("[4112]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DroppedSocket_AndFailingReconnects_BacksOffUntilConnected()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake);
        var first = await fake.WaitForSocketAsync(1);

        fake.FailNextOpens(2);
        first.Abort();
        var second = await fake.WaitForSocketAsync(2);

        Assert.Equal(2, second.Number);
        Assert.Equal(4, fake.CallsTo("apps.connections.open").Count);
        Assert.Equal(3, bot.Logs.Lines.Count(l => l.Contains("[4112]", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SeveralConnections_EachOpenedAndAnEventOnEitherIsAnsweredOnce()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake, [SlackBotHarness.HealeyQuote("Both lines.")], settings: new Dictionary<string, string?> { ["Slack:Connections"] = "2" });
        var one = await fake.WaitForSocketAsync(1);
        var two = await fake.WaitForSocketAsync(2);
        var question = SlackPayloads.Mention("Ev-both", $"<@{FakeSlackServer.BotUserId}> what did Healey say?", "1700000005.000100");

        await one.SendEnvelopeAsync("env-1", "events_api", question);
        await two.SendEnvelopeAsync("env-2", "events_api", question.DeepClone());
        await fake.WaitForAckAsync("env-1");
        await fake.WaitForAckAsync("env-2");
        await fake.WaitForCallsAsync("chat.postMessage");
        // Each connection acks before it hands over, so wait for the second hand-over to be judged a duplicate.
        await FakeSlackServer.Eventually(() => bot.Logs.Lines.FirstOrDefault(l => l.Contains("event:Ev-both", StringComparison.Ordinal)));

        Assert.Single(fake.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task StartUp_AuthTestOkFalseTransient_RetriedThenConnects()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        fake.Script("auth.test", FakeSlackReply.Error("fatal_error"));
        fake.Script("auth.test", FakeSlackReply.Error("service_unavailable"));

        await using var bot = await SlackBotHarness.StartAsync(fake);
        await fake.WaitForSocketAsync(1);

        Assert.Equal(3, fake.CallsTo("auth.test").Count);
        Assert.Equal(2, bot.Logs.Lines.Count(l => l.Contains("[4103]", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StartUp_TokenRevoked_StopsWithoutConnecting()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        fake.Script("auth.test", FakeSlackReply.Error("token_revoked"));

        await using var bot = await SlackBotHarness.StartAsync(fake);
        var lifetime = bot.Services.GetRequiredService<IHostApplicationLifetime>();
        await Task.Delay(Timeout.Infinite, lifetime.ApplicationStopping).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(FakeSlackServer.TestTimeout);

        Assert.Empty(fake.CallsTo("apps.connections.open"));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("[4114]", StringComparison.Ordinal) && l.Contains("token_revoked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AppToken_Refused_StopsInsteadOfLooping()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        fake.Script("apps.connections.open", FakeSlackReply.Error("invalid_auth"));

        await using var bot = await SlackBotHarness.StartAsync(fake);
        var lifetime = bot.Services.GetRequiredService<IHostApplicationLifetime>();
        await Task.Delay(Timeout.Infinite, lifetime.ApplicationStopping).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(FakeSlackServer.TestTimeout);

        Assert.Single(fake.CallsTo("apps.connections.open"));
    }
}
