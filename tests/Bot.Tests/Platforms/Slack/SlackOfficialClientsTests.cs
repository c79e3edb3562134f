using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Bot.Platforms.Slack.Http;
using NewsBot.Bot.Tests.Platforms.Slack.Fakes;
using NewsBot.Bot.Tests.Platforms.Slack.Http;

namespace NewsBot.Bot.Tests.Platforms.Slack;

/// <summary>Keeps the fake Slack and our signing honest by running Slack's own npm clients against them.</summary>
public sealed class SlackOfficialClientsTests
{
    [Fact]
    public async Task SocketModeClient_AgainstFake_GetsHelloAndAcksAnEnvelope()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        var run = NodeRunner.RunAsync("socket-mode-check.cjs", environment: new Dictionary<string, string>
        {
            ["SLACK_APP_TOKEN"] = SlackBotHarness.AppToken,
            ["SLACK_API_URL"] = fake.ApiBaseUrl.AbsoluteUri,
        });

        var socket = await fake.WaitForSocketAsync(1);
        await socket.SendEnvelopeAsync("env-node", "events_api", SlackPayloads.Mention("Ev-node", "<@UBOT0001> hello", "1700000009.000100"));
        var ack = await fake.WaitForAckAsync("env-node");
        var (exitCode, output) = await run;

        Assert.Equal("env-node", ack["envelope_id"]!.GetValue<string>());
        Assert.True(exitCode == 0, output);
        Assert.Contains("connected", output, StringComparison.Ordinal);
        Assert.Contains("app_mention <@UBOT0001> hello", output, StringComparison.Ordinal);
        Assert.Equal("apps.connections.open", fake.Calls[0].Method);
    }

    [Fact]
    public async Task WebClient_AgainstFake_HonoursRetryAfterAndSurfacesErrors()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        fake.Script("chat.postMessage", FakeSlackReply.RateLimited(1));
        var (exitCode, output) = await NodeRunner.RunAsync("web-api-check.cjs", environment: new Dictionary<string, string>
        {
            ["SLACK_BOT_TOKEN"] = SlackBotHarness.BotToken,
            ["SLACK_API_URL"] = fake.ApiBaseUrl.AbsoluteUri,
        });

        Assert.True(exitCode == 0, output);
        Assert.Contains($"auth.test {FakeSlackServer.BotUserId} {FakeSlackServer.TeamId}", output, StringComparison.Ordinal);
        Assert.Contains("chat.postMessage true 1700000000.", output, StringComparison.Ordinal);
        Assert.Contains("error slack_webapi_platform_error channel_not_found", output, StringComparison.Ordinal);
        // 429, then the retry WebClient made after Retry-After, then the failing post.
        Assert.Equal(3, fake.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task BoltVerifier_KnownAnswerVector_Valid()
    {
        var output = await VerifyWithBoltAsync(SlackSignatureVerifierTests.Secret, SlackSignatureVerifierTests.Body, SlackSignatureVerifierTests.Timestamp, SlackSignatureVerifierTests.Expected);

        Assert.Equal("valid", output.Trim());
    }

    [Fact]
    public async Task BoltVerifier_OurSignature_AcceptedAndTamperedRejected()
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = new JsonObject { ["type"] = "event_callback", ["event"] = new JsonObject { ["text"] = "ünïcode & <tags> “quotes”" } }.ToJsonString();
        var signature = SlackSignatureVerifier.Sign("a-test-signing-secret", timestamp, Encoding.UTF8.GetBytes(body));

        var valid = await VerifyWithBoltAsync("a-test-signing-secret", body, timestamp, signature);
        var tampered = await VerifyWithBoltAsync("a-test-signing-secret", body.Replace("tags", "tagz", StringComparison.Ordinal), timestamp, signature);

        Assert.Equal("valid", valid.Trim());
        Assert.StartsWith("invalid", tampered.Trim(), StringComparison.Ordinal);
    }

    private static async Task<string> VerifyWithBoltAsync(string secret, string body, string timestamp, string signature)
    {
        var input = new JsonObject
        {
            ["secret"] = secret, ["body"] = body, ["timestamp"] = timestamp, ["signature"] = signature,
            ["nowMs"] = long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture) * 1000,
        }.ToJsonString();
        var (exitCode, output) = await NodeRunner.RunAsync("verify-signature.cjs", input);
        Assert.True(exitCode == 0, output);
        return output;
    }
}
