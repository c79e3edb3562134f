using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Bot.Platforms.Slack.Http;
using NewsBot.Bot.Tests.Platforms.Slack.Fakes;

namespace NewsBot.Bot.Tests.Platforms.Slack.Http;

public sealed class SlackHttpServiceTests
{
    private const string SigningSecret = "http-mode-test-signing-secret";

    private static Task<SlackBotHarness> StartHttpBotAsync(FakeSlackServer fake, GatedHandler? gate = null) =>
        SlackBotHarness.StartAsync(fake, [SlackBotHarness.HealeyQuote("Ready when called.")], gate, settings: new Dictionary<string, string?>
        {
            ["Slack:Mode"] = "Http",
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:HttpListenUrl"] = "http://127.0.0.1:0",
        });

    private static Uri Endpoint(SlackBotHarness bot, string path) =>
        new(bot.Services.GetServices<IHostedService>().OfType<SlackHttpService>().Single().Address!, path);

    private static async Task<HttpResponseMessage> PostAsync(
        Uri url, string body, string contentType, string? secret = SigningSecret, long? timestamp = null, string? retryNum = null)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        var ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        if (secret is not null)
        {
            request.Headers.Add("X-Slack-Request-Timestamp", ts);
            request.Headers.Add("X-Slack-Signature", SlackSignatureVerifier.Sign(secret, ts, Encoding.UTF8.GetBytes(body)));
        }

        if (retryNum is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retryNum);
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task UrlVerification_Signed_EchoesTheChallenge()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartHttpBotAsync(fake);

        using var response = await PostAsync(Endpoint(bot, "slack/events"), "{\"token\":\"t\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", body["challenge"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, 0)] // unsigned
    [InlineData("someone-elses-secret", 0)]
    [InlineData(SigningSecret, -400)] // a replay from almost seven minutes ago
    public async Task AnyEndpoint_BadOrStaleSignature_401(string? secret, int age)
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartHttpBotAsync(fake);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + age;

        foreach (var path in new[] { "slack/events", "slack/commands", "slack/interactive" })
        {
            using var response = await PostAsync(Endpoint(bot, path), "{\"type\":\"url_verification\",\"challenge\":\"x\"}", "application/json", secret, timestamp);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task EventCallback_RetriedWithRetryNum_AnsweredOnce()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartHttpBotAsync(fake);
        var url = Endpoint(bot, "slack/events");
        var question = SlackPayloads.Mention("Ev-http", "<@UBOT0001> what did Healey say?", "1700000400.000100").ToJsonString();

        using var first = await PostAsync(url, question, "application/json");
        using var retry = await PostAsync(url, question, "application/json", retryNum: "1");
        await fake.WaitForCallsAsync("chat.postMessage");
        await FakeSlackServer.Eventually(() => bot.Logs.Lines.FirstOrDefault(l => l.Contains("event:Ev-http", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Single(fake.CallsTo("chat.postMessage"));
        Assert.Equal("1700000400.000100", fake.CallsTo("chat.postMessage")[0].Json["thread_ts"]!.GetValue<string>());
    }

    [Fact]
    public async Task SlashCommand_Form_AckedAt200ThenAnsweredThroughResponseUrl()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartHttpBotAsync(fake);
        var responseUrl = new Uri(fake.Root, "response/http-1").AbsoluteUri;
        var form = "token=unused&team_id=T0FAKE01&channel_id=C0NEWS001&user_id=UREPORT01&command=%2Fwhosaid&text=Healey"
            + "&response_url=" + Uri.EscapeDataString(responseUrl) + "&trigger_id=trig-http-1";

        using var ack = await PostAsync(Endpoint(bot, "slack/commands"), form, "application/x-www-form-urlencoded");
        var reply = (await fake.WaitForCallsAsync("response_url"))[0];

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Contains("Ready when called.", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interactive_Signed_Acknowledged()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartHttpBotAsync(fake);

        using var response = await PostAsync(Endpoint(bot, "slack/interactive"), "payload=" + Uri.EscapeDataString("{\"type\":\"block_actions\"}"), "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SlashCommand_SlowHandler_200BeforeTheHandlerFinishes()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        var gate = new GatedHandler();
        await using var bot = await StartHttpBotAsync(fake, gate);
        var form = "channel_id=C0NEWS001&user_id=UREPORT01&command=%2Fslow&text=&trigger_id=trig-slow-http"
            + "&response_url=" + Uri.EscapeDataString(new Uri(fake.Root, "response/slow").AbsoluteUri);

        using var ack = await PostAsync(Endpoint(bot, "slack/commands"), form, "application/x-www-form-urlencoded");
        await gate.Started.WaitAsync(FakeSlackServer.TestTimeout);

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.False(gate.Finished);
        Assert.Empty(fake.CallsTo("response_url"));
        gate.Release();
        Assert.Contains("Done at last.", (await fake.WaitForCallsAsync("response_url"))[0].Body, StringComparison.Ordinal);
    }
}
