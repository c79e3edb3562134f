using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Bot.Platforms;
using NewsBot.Bot.Tests.Platforms.Slack.Fakes;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Tests.Platforms.Slack;

/// <summary>The whole bot (real router, dispatcher, pump and Slack client) against the fake Slack.</summary>
public sealed class SlackEndToEndTests
{
    private static string Readable(JsonNode payload) => payload.ToJsonString(new System.Text.Json.JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    [Fact]
    public async Task WhoSaidHealey_SlashCommand_QuotesDeliveredThroughResponseUrl()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake, [SlackBotHarness.HealeyQuote("Britain is ready to put troops on the ground.")]);
        var socket = await fake.WaitForSocketAsync(1);

        await socket.SendEnvelopeAsync("env-whosaid", "slash_commands", SlackPayloads.SlashCommand(fake, "/whosaid", "Healey", "trig-whosaid"));
        var ack = await fake.WaitForAckAsync("env-whosaid");
        var reply = (await fake.WaitForCallsAsync("response_url"))[0].Json;

        Assert.Equal("env-whosaid", ack["envelope_id"]!.GetValue<string>());
        Assert.Equal("in_channel", reply["response_type"]!.GetValue<string>());
        var text = Readable(reply);
        Assert.Contains("What Healey said", text, StringComparison.Ordinal);
        Assert.Contains("“Britain is ready to put troops on the ground.”", text, StringComparison.Ordinal);
        Assert.Contains("— *John Healey*, UK Defence Secretary", text, StringComparison.Ordinal);
        Assert.Contains("<https://news.example/healey-paris?a=1&amp;b=2|source>", text, StringComparison.Ordinal);
        Assert.Empty(fake.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task UnknownSpeaker_SlashCommand_AnsweredNotSilent()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake);
        var socket = await fake.WaitForSocketAsync(1);

        await socket.SendEnvelopeAsync("env-nobody", "slash_commands", SlackPayloads.SlashCommand(fake, "/whosaid", "Nobody", "trig-nobody"));
        var reply = (await fake.WaitForCallsAsync("response_url"))[0].Json;

        Assert.Contains("No quotes found for quotes from 'Nobody'", Readable(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mention_Question_ThreadedAnswerFromTheQnA()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake, [SlackBotHarness.HealeyQuote("We will not be found wanting.")]);
        var socket = await fake.WaitForSocketAsync(1);

        await socket.SendEnvelopeAsync("env-q", "events_api", SlackPayloads.Mention("Ev-q", $"<@{FakeSlackServer.BotUserId}> what did Healey say about troops?", "1700000100.000200"));
        var post = (await fake.WaitForCallsAsync("chat.postMessage"))[0];

        Assert.Equal("Bearer " + SlackBotHarness.BotToken, post.Authorization);
        Assert.Equal("1700000100.000200", post.Json["thread_ts"]!.GetValue<string>());
        Assert.Contains("We will not be found wanting.", Readable(post.Json), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(post.Json["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Digest_SentTwiceAcrossAReconnect_LandsOnce()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake);
        var first = await fake.WaitForSocketAsync(1);
        var sender = bot.Services.GetServices<IDigestSender>().Single(s => s.Platform == "slack");
        var digest = new ChatAnswer("Morning digest", [new AnswerSection("Coalition talks", "Leaders met in Paris.")]);
        const string key = "slack:C0NEWS001:2025-03-12T08:00Z/2025-03-13T08:00Z";

        var firstIds = await sender.SendDigestAsync(SlackBotHarness.NewsChannel, digest, key, default);
        await first.SendDisconnectAsync("refresh_requested");
        await fake.WaitForSocketAsync(2);
        var secondIds = await sender.SendDigestAsync(SlackBotHarness.NewsChannel, digest, key, default);

        Assert.Single(fake.CallsTo("chat.postMessage"));
        Assert.Equal(firstIds, secondIds);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("[4121]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Digest_SecondPartFailed_RetryPostsOnlyTheMissingPart()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake);
        var sender = bot.Services.GetServices<IDigestSender>().Single(s => s.Platform == "slack");
        var sections = Enumerable.Range(0, 60).Select(i => new AnswerSection("Story " + i, "Text of story " + i)).ToList();
        var digest = new ChatAnswer("Big digest", sections);
        fake.Script("chat.postMessage", new FakeSlackReply(200, "{\"ok\":true,\"ts\":\"1.1\"}"));
        fake.Script("chat.postMessage", FakeSlackReply.Error("internal_error"));

        await Assert.ThrowsAsync<NewsBot.Bot.Platforms.Slack.Api.SlackApiException>(() => sender.SendDigestAsync(SlackBotHarness.NewsChannel, digest, "k1", default));
        var ids = await sender.SendDigestAsync(SlackBotHarness.NewsChannel, digest, "k1", default);

        var headers = fake.CallsTo("chat.postMessage").Select(c => c.Json["blocks"]![0]!["text"]!["text"]!.GetValue<string>()).ToList();
        // Three parts; the second failed once and was posted again, the first was never repeated.
        Assert.Equal(["Big digest", "Big digest (continued)", "Big digest (continued)", "Big digest (continued)"], headers);
        Assert.Equal(3, ids!.Split(',').Length);
        Assert.StartsWith("1.1,", ids, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileQuote_ChannelAndHere_PingsNoOne()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake, [SlackBotHarness.HealeyQuote("Tell <!channel> and @here and <!everyone> and <@U0BOSS01> now")]);
        var socket = await fake.WaitForSocketAsync(1);

        await socket.SendEnvelopeAsync("env-hostile", "events_api", SlackPayloads.Mention("Ev-hostile", $"<@{FakeSlackServer.BotUserId}> what did Healey say?", "1700000200.000100"));
        var post = (await fake.WaitForCallsAsync("chat.postMessage"))[0];
        var sent = Readable(post.Json);

        Assert.Contains("&lt;!channel&gt;", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("<!", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", sent, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"@(here|channel|everyone)\b"), sent);
        Assert.False(post.Json["link_names"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Session_SecretsNeverLogged()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake, [SlackBotHarness.HealeyQuote("Quote.")]);
        var first = await fake.WaitForSocketAsync(1);
        fake.Script("chat.postMessage", FakeSlackReply.Error("not_in_channel"));

        await first.SendEnvelopeAsync("env-s", "events_api", SlackPayloads.Mention("Ev-s", "<@UBOT0001> what did Healey say?", "1700000300.000100"));
        await fake.WaitForCallsAsync("chat.postMessage");
        first.Abort();
        await fake.WaitForSocketAsync(2);
        await FakeSlackServer.Eventually(() => bot.Logs.Lines.FirstOrDefault(l => l.Contains("[4120]", StringComparison.Ordinal)));

        Assert.Contains(bot.Logs.Lines, l => l.Contains("not_in_channel", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("secret", StringComparison.Ordinal) || l.Contains("ticket=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_ChannelSlackDoesNotKnow_SurfacesSlacksError()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake);
        var platform = bot.Services.GetRequiredService<IChatPlatform>();

        var error = await Assert.ThrowsAsync<NewsBot.Bot.Platforms.Slack.Api.SlackApiException>(
            () => platform.SendAsync(FakeSlackServer.MissingChannelPrefix + "42", ChatAnswer.Text("Hello", "Anyone?"), default));

        Assert.Equal("slack", platform.Name);
        Assert.Equal("channel_not_found", error.Error);
    }
}
