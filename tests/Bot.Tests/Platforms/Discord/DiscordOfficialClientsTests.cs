using System.Text.Json.Nodes;
using NewsBot.Bot.Platforms;
using NewsBot.Bot.Tests.Platforms.Discord.Fakes;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Tests.Platforms.Discord;

/// <summary>
/// Keeps the fake and NewsBot honest with Discord's own code: @discordjs/ws and @discordjs/rest must accept the fake
/// gateway, and every body NewsBot sends must pass Discord's API schema (discord-api-spec) and the documented limits.
/// </summary>
public sealed class DiscordOfficialClientsTests
{
    [Fact]
    public async Task DiscordJsWs_AgainstFakeGateway_IdentifiesAndGetsReady()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var node = NodeScripts.RunAsync("ws-check.mjs", new Uri(fake.BaseAddress, "api").ToString().TrimEnd('/'), FakeDiscord.Token);

        var connection = await fake.NextConnectionAsync(timeoutSeconds: 30);
        await connection.HelloAsync(41_250);
        var identify = (await connection.ExpectAsync(2))["d"]!;
        await connection.DispatchAsync("READY", 1, new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = "900", ["username"] = "djs", ["discriminator"] = "0", ["bot"] = true, ["avatar"] = null, ["global_name"] = null },
            ["guilds"] = new JsonArray(),
            ["session_id"] = "djs-session",
            ["resume_gateway_url"] = fake.ResumeUrl,
            ["shard"] = new JsonArray(0, 1),
            ["application"] = new JsonObject { ["id"] = "800", ["flags"] = 0 },
        });
        var (exit, output) = await node;

        Assert.True(exit == 0, output);
        Assert.Contains("READY djs-session", output, StringComparison.Ordinal);
        Assert.Equal(FakeDiscord.Token, identify["token"]!.GetValue<string>());
        Assert.Equal(4609, identify["intents"]!.GetValue<int>());
        Assert.Equal("Bot " + FakeDiscord.Token, fake.RequestsTo("GET", "gateway/bot").Single().Authorization);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2500")]
    public async Task EveryRequestBody_PassesDiscordSchemaAndLimits(string deferAfter)
    {
        await using var bot = await DiscordTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Discord:DeferAfterMilliseconds"] = deferAfter,
            ["Discord:WebhookUrls:desk"] = "https://discord.com/api/webhooks/321/webhook-token-abcdefghij",
        });
        bot.Fake.MessageLimit = 100;
        var gateway = await bot.ReadyAsync();
        await gateway.DispatchAsync("INTERACTION_CREATE", 2, DiscordTestHost.Interaction("v1", "vt1", "whosaid", ("name", "Healey"), ("since", "30d")));
        await gateway.DispatchAsync("INTERACTION_CREATE", 3, DiscordTestHost.Interaction("v2", "vt2", "help"));
        await gateway.DispatchAsync("INTERACTION_CREATE", 4, DiscordTestHost.Interaction("v3", "vt3", "quotes", ("topic", "fair share")));
        await gateway.DispatchAsync("MESSAGE_CREATE", 5, new JsonObject
        {
            ["id"] = "1009", ["channel_id"] = DiscordTestHost.Channel, ["guild_id"] = "700", ["content"] = "<@900> what did Healey say?",
            ["author"] = new JsonObject { ["id"] = "55" }, ["mentions"] = new JsonArray(),
        });
        var sender = bot.Get<IDigestSender>();
        var longDigest = new ChatAnswer("Digest", Enumerable.Range(0, 30).Select(i => new AnswerSection($"Story {i}", string.Join(' ', Enumerable.Repeat("word", 700)))).ToList(), "Covers 24h");
        await sender.SendDigestAsync(DiscordTestHost.Channel, longDigest, "digest-key", CancellationToken.None);
        await sender.SendDigestAsync("webhook:desk", longDigest, "digest-key-2", CancellationToken.None);
        await FakeDiscord.WaitUntilAsync(() => bot.Fake.Requests.Count(r => r.Path.Contains("v1", StringComparison.Ordinal) || r.Path.Contains("vt1", StringComparison.Ordinal)) >= (deferAfter == "0" ? 2 : 1)
                                              && bot.Fake.Requests.Any(r => r.Path.Contains("vt2", StringComparison.Ordinal) && r.Method != "DELETE" && !r.Path.EndsWith("callback", StringComparison.Ordinal) || (deferAfter != "0" && r.Path.Contains("v2/", StringComparison.Ordinal)))
                                              && bot.Fake.Requests.Any(r => r.Path.Contains("vt3", StringComparison.Ordinal) && (deferAfter != "0" || r.Method == "PATCH"))
                                              && bot.Fake.MessagesIn(DiscordTestHost.Channel).Any(m => m["message_reference"] is not null));

        var bodies = new JsonArray();
        foreach (var request in bot.Fake.Requests.Where(r => r.Body.Length > 0))
            bodies.Add(new JsonObject { ["kind"] = Kind(request), ["body"] = request.Json!.DeepClone() });
        var file = Path.Combine(bot.Folder, "requests.json");
        await File.WriteAllTextAsync(file, bodies.ToJsonString());
        var (exit, output) = await NodeScripts.RunAsync("validate.mjs", file);

        Assert.True(exit == 0, output);
        Assert.Contains(", 0 problems", output, StringComparison.Ordinal);
        Assert.Contains(bodies, b => b!["kind"]!.GetValue<string>() == "webhook");
        Assert.Contains(bodies, b => b!["kind"]!.GetValue<string>() == "command");
        Assert.Contains(bodies, b => b!["kind"]!.GetValue<string>() == "callback");
        Assert.True(bodies.Count(b => b!["kind"]!.GetValue<string>() == "message") > 1);
    }

    private static string Kind(FakeRestRequest request) => (request.Method, request.Path.Split('/')) switch
    {
        ("PUT", _) => "command",
        ("POST", ["interactions", ..]) => "callback",
        ("PATCH", _) => "edit",
        ("POST", ["channels", ..]) => "message",
        ("POST", ["webhooks", ..]) when request.Query.Contains("wait=true", StringComparison.Ordinal) => "webhook",
        ("POST", ["webhooks", ..]) => "followup",
        _ => "unknown",
    };
}
