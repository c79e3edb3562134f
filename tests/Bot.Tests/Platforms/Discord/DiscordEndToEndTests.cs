using System.Text.Json.Nodes;
using NewsBot.Bot.Platforms;
using NewsBot.Bot.Platforms.Discord.Gateway;
using NewsBot.Bot.Tests.Platforms.Discord.Fakes;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Tests.Platforms.Discord;

public sealed class DiscordEndToEndTests
{
    [Fact]
    public async Task WhoSaid_Healey_GetsDeferredResponseThenTheQuotes()
    {
        await using var bot = await DiscordTestHost.StartAsync();
        var gateway = await bot.ReadyAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, DiscordTestHost.Interaction("i1", "itok1", "whosaid", ("name", "Healey")));
        await FakeDiscord.WaitUntilAsync(() => bot.Fake.RequestsTo("PATCH", "webhooks/800/itok1/messages/@original").Count == 1);

        var requests = bot.Fake.Requests.ToList();
        var callback = requests.FindIndex(r => r.Path == "interactions/i1/itok1/callback");
        var edit = requests.FindIndex(r => r.Method == "PATCH");
        Assert.True(callback >= 0 && callback < edit);
        Assert.Equal("""{"type":5}""", requests[callback].Json!.ToJsonString());
        var body = requests[edit].Json!;
        var text = body["embeds"]!.ToJsonString();
        var description = body["embeds"]![0]!["description"]!.GetValue<string>();
        Assert.Contains("**John Healey**", description, StringComparison.Ordinal);
        Assert.Contains("must carry a fair share of the load", description, StringComparison.Ordinal);
        Assert.Contains("What John Healey said", text, StringComparison.Ordinal);
        Assert.Equal("""{"parse":[]}""", body["allowed_mentions"]!.ToJsonString());
    }

    [Fact]
    public async Task Interaction_FastAnswer_IsSentAtOnceAsType4()
    {
        await using var bot = await DiscordTestHost.StartAsync(new Dictionary<string, string?> { ["Discord:DeferAfterMilliseconds"] = "2500" });
        var gateway = await bot.ReadyAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, DiscordTestHost.Interaction("i2", "itok2", "help"));
        await FakeDiscord.WaitUntilAsync(() => bot.Fake.RequestsTo("POST", "interactions/i2/").Count == 1);

        var response = bot.Fake.RequestsTo("POST", "interactions/i2/").Single().Json!;
        Assert.Equal(4, response["type"]!.GetValue<int>());
        Assert.Equal(64, response["data"]!["flags"]!.GetValue<int>());
        Assert.Contains("/whosaid", response["data"]!["embeds"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(bot.Fake.RequestsTo("PATCH", "webhooks/"));
    }

    [Fact]
    public async Task Identify_NoneLeftToday_WaitsForResetThenIdentifies()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Script(r => r.Path == "gateway/bot", new FakeRestResponse(200,
            """{"url":"wss://gateway.discord.gg","shards":1,"session_start_limit":{"total":1000,"remaining":0,"reset_after":300,"max_concurrency":1}}"""));
        var limit = new SessionStartLimit(RestClients.For(fake), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SessionStartLimit>.Instance);

        var waiting = limit.WaitAsync(CancellationToken.None);
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);
        await waiting.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Single(fake.RequestsTo("GET", "gateway/bot"));
    }

    [Fact]
    public async Task Ready_RegistersCommandsWithOneGlobalBulkOverwrite()
    {
        await using var bot = await DiscordTestHost.StartAsync();
        await bot.ReadyAsync();

        await FakeDiscord.WaitUntilAsync(() => bot.Fake.RequestsTo("PUT", "applications/800/commands").Count == 1);
        var commands = bot.Fake.RequestsTo("PUT", "applications/800/commands").Single().Json!.AsArray();
        var names = commands.Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("whosaid", names);
        Assert.Contains("digest", names);
        Assert.Contains("help", names);
        Assert.DoesNotContain("ask", names);
    }

    [Fact]
    public async Task Ready_WithDevelopmentGuild_RegistersInThatGuild()
    {
        await using var bot = await DiscordTestHost.StartAsync(new Dictionary<string, string?> { ["Discord:DevelopmentGuildId"] = "4242" });
        await bot.ReadyAsync();

        await FakeDiscord.WaitUntilAsync(() => bot.Fake.RequestsTo("PUT", "applications/800/guilds/4242/commands").Count == 1);
        Assert.Empty(bot.Fake.RequestsTo("PUT", "applications/800/commands"));
    }

    [Fact]
    public async Task Mention_GetsAReplyToTheMessage_AndBotsAreIgnored()
    {
        await using var bot = await DiscordTestHost.StartAsync();
        var gateway = await bot.ReadyAsync();

        await gateway.DispatchAsync("MESSAGE_CREATE", 2, Message("m0", "<@900> what did Healey say?", bot: true));
        await gateway.DispatchAsync("MESSAGE_CREATE", 3, Message("m1", "<@900> what did Healey say about troops?", bot: false));
        await FakeDiscord.WaitUntilAsync(() => bot.Fake.MessagesIn(DiscordTestHost.Channel).Count == 1);

        var reply = Assert.Single(bot.Fake.MessagesIn(DiscordTestHost.Channel));
        Assert.Equal("m1", reply["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Contains("Healey", reply["embeds"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedEvent_IsIgnoredWithoutDroppingTheConnection()
    {
        await using var bot = await DiscordTestHost.StartAsync();
        var gateway = await bot.ReadyAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, new JsonObject { ["type"] = 2 });
        await gateway.DispatchAsync("MESSAGE_CREATE", 3, Message("m2", "<@900> what did Healey say?", bot: false));
        await FakeDiscord.WaitUntilAsync(() => bot.Fake.MessagesIn(DiscordTestHost.Channel).Count == 1);

        Assert.False(gateway.Closed.IsCompleted);
    }

    [Fact]
    public async Task QuoteWithEveryone_PingsNoOne()
    {
        await using var bot = await DiscordTestHost.StartAsync();
        var gateway = await bot.ReadyAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, DiscordTestHost.Interaction("i3", "itok3", "quotes", ("topic", "fair share")));
        await FakeDiscord.WaitUntilAsync(() => bot.Fake.RequestsTo("PATCH", "webhooks/800/itok3/").Count == 1);

        var body = bot.Fake.RequestsTo("PATCH", "webhooks/800/itok3/").Single().Json!;
        Assert.Contains("@everyone", body["embeds"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("""{"parse":[]}""", body["allowed_mentions"]!.ToJsonString());
    }

    [Fact]
    public async Task Digest_LandsExactlyOnce_AcrossLostResponseReconnectAndRetry()
    {
        await using var bot = await DiscordTestHost.StartAsync();
        var gateway = await bot.ReadyAsync();
        var sender = bot.Get<IDigestSender>();
        var digest = new ChatAnswer("Morning digest", [new AnswerSection("Reassurance force", "Healey sets out terms.")], "Covers 24h");
        const string key = "discord:500:2026-11-22T08:00Z/2026-11-23T08:00Z";
        bot.Fake.ScriptAfterCreate(r => r.Path == $"channels/{DiscordTestHost.Channel}/messages", new FakeRestResponse(503));

        var sending = sender.SendDigestAsync(DiscordTestHost.Channel, digest, key, CancellationToken.None);
        await gateway.SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });
        var resumed = await bot.Fake.NextConnectionAsync();
        await resumed.HelloAsync();
        await resumed.ExpectAsync(6);
        await resumed.DispatchAsync("RESUMED", 2, new JsonObject());
        var first = await sending;
        var again = await sender.SendDigestAsync(DiscordTestHost.Channel, digest, key, CancellationToken.None);

        var posted = Assert.Single(bot.Fake.MessagesIn(DiscordTestHost.Channel));
        Assert.Equal(posted["id"]!.GetValue<string>(), first);
        Assert.Equal(first, again);
        Assert.Equal(3, bot.Fake.RequestsTo("POST", $"channels/{DiscordTestHost.Channel}/messages").Count);
    }

    [Fact]
    public async Task Digest_ToWebhook_PostsWithoutBotToken()
    {
        await using var bot = await DiscordTestHost.StartAsync(new Dictionary<string, string?> { ["Discord:WebhookUrls:desk"] = "https://discord.com/api/webhooks/321/webhook-token-abcdefghij" });
        var sender = bot.Get<IDigestSender>();

        var ids = await sender.SendDigestAsync("webhook:desk", ChatAnswer.Text("Digest", "Quiet day."), "k1", CancellationToken.None);

        var request = Assert.Single(bot.Fake.RequestsTo("POST", "webhooks/321/webhook-token-abcdefghij"));
        Assert.Null(request.Authorization);
        Assert.Equal("?wait=true", request.Query);
        Assert.Equal(bot.Fake.MessagesIn("webhook:321").Single()["id"]!.GetValue<string>(), ids);
    }

    private static JsonObject Message(string id, string content, bool bot) => new()
    {
        ["id"] = id,
        ["channel_id"] = DiscordTestHost.Channel,
        ["guild_id"] = "700",
        ["content"] = content,
        ["author"] = new JsonObject { ["id"] = bot ? "901" : "55", ["username"] = "someone", ["bot"] = bot },
        ["mentions"] = new JsonArray(new JsonObject { ["id"] = "900", ["username"] = "newsbot" }),
    };
}
