using Microsoft.Extensions.DependencyInjection;
using NewsBot.Bot.Platforms;
using NewsBot.Bot.Tests.Platforms.Slack.Fakes;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Tests.Platforms.Slack;

public sealed class SlackWebhookSenderTests
{
    [Fact]
    public async Task SendDigest_RateLimitedOnceThenOk_PostedOnceEvenWhenSentAgain()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake, settings: new Dictionary<string, string?>
        {
            ["Slack:WebhookUrls:newsroom"] = new Uri(fake.Root, "services/T0FAKE01/B0HOOK01/hooksecret").AbsoluteUri,
        });
        var sender = bot.Services.GetServices<IDigestSender>().Single(s => s.Platform == "slack-webhook");
        var digest = new ChatAnswer("Webhook digest", [new AnswerSection("Story", "Quoted: <!here> & friends")]);
        fake.Script("webhook", FakeSlackReply.RateLimited(1));

        await sender.SendDigestAsync("newsroom", digest, "hook-key", default);
        await sender.SendDigestAsync("newsroom", digest, "hook-key", default);

        var calls = fake.CallsTo("webhook");
        Assert.Equal(2, calls.Count); // the 429 and the one real post
        Assert.Equal("Quoted: &lt;!here&gt; &amp; friends", calls[1].Json["blocks"]![2]!["text"]!["text"]!.GetValue<string>());
        Assert.Null(calls[1].Authorization);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("hooksecret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendDigest_UnknownWebhookName_ThrowsNamingTheKey()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake, settings: new Dictionary<string, string?>
        {
            ["Slack:WebhookUrls:newsroom"] = new Uri(fake.Root, "services/T/B/x").AbsoluteUri,
        });
        var sender = bot.Services.GetServices<IDigestSender>().Single(s => s.Platform == "slack-webhook");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => sender.SendDigestAsync("sports", ChatAnswer.Text("t", "b"), "k", default));

        Assert.Contains("Slack:WebhookUrls", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDigest_WebhookRefuses_SurfacesSlacksError()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHarness.StartAsync(fake, settings: new Dictionary<string, string?>
        {
            ["Slack:WebhookUrls:newsroom"] = new Uri(fake.Root, "services/T/B/x").AbsoluteUri,
        });
        var sender = bot.Services.GetServices<IDigestSender>().Single(s => s.Platform == "slack-webhook");
        fake.Script("webhook", new FakeSlackReply(404, "no_service"));

        var error = await Assert.ThrowsAsync<NewsBot.Bot.Platforms.Slack.Api.SlackApiException>(() => sender.SendDigestAsync("newsroom", ChatAnswer.Text("t", "b"), "k", default));

        Assert.Equal("no_service", error.Error);
    }
}
