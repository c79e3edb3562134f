using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Bot.Platforms.Slack.Receiving;
using NewsBot.Bot.Tests.Platforms.Slack.Fakes;

namespace NewsBot.Bot.Tests.Platforms.Slack;

public sealed class SlackSocketModeServiceTests
{
    internal static JsonObject Mention(string eventId, string text, string ts, string user = "UREPORT01", string channel = SlackBotHarness.NewsChannel) => new()
    {
        ["type"] = "event_callback",
        ["team_id"] = FakeSlackServer.TeamId,
        ["event_id"] = eventId,
        ["event_time"] = 1700000000,
        ["event"] = new JsonObject
        {
            ["type"] = "app_mention", ["user"] = user, ["text"] = text, ["ts"] = ts, ["channel"] = channel, ["event_ts"] = ts,
        },
    };

    internal static JsonObject SlashCommand(FakeSlackServer fake, string command, string text, string trigger) => new()
    {
        ["token"] = "verification-token-unused",
        ["team_id"] = FakeSlackServer.TeamId,
        ["channel_id"] = SlackBotHarness.NewsChannel,
        ["user_id"] = "UREPORT01",
        ["command"] = command,
        ["text"] = text,
        ["response_url"] = new Uri(fake.Root, "response/" + trigger).AbsoluteUri,
        ["trigger_id"] = trigger,
    };

    [Fact]
    public async Task Session_Mention_AckedThenAnsweredInThread()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake, [SlackBotHarness.HealeyQuote("Troops will be there for the long haul.")]);
        var socket = await fake.WaitForSocketAsync(1);

        await socket.SendEnvelopeAsync("env-1", "events_api", Mention("Ev1", $"<@{FakeSlackServer.BotUserId}> what did Healey say?", "1700000001.000100"));
        await fake.WaitForAckAsync("env-1");
        var post = (await fake.WaitForCallsAsync("chat.postMessage"))[0].Json;

        Assert.Equal(SlackBotHarness.NewsChannel, post["channel"]!.GetValue<string>());
        Assert.Equal("1700000001.000100", post["thread_ts"]!.GetValue<string>());
        Assert.Contains("Troops will be there for the long haul.", post["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        var events = fake.Events.ToList();
        Assert.True(events.IndexOf("ack:env-1#1") < events.IndexOf("call:chat.postMessage"));
        Assert.Equal("auth.test", fake.Calls[0].Method);
    }
}
