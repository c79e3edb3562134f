using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Platforms;
using NewsBot.Bot.Platforms.Slack;

namespace NewsBot.Bot.Tests.Platforms.Slack;

public sealed class SlackOptionsValidatorTests
{
    private const string Secret = "s3cr3t-value-never-shown";

    private static SlackOptions Valid() => new() { BotToken = "xoxb-1234-5678-" + Secret, AppToken = "xapp-1-A1-" + Secret };

    private static string Failure(SlackOptions options)
    {
        var result = new SlackOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        Assert.DoesNotContain(Secret, result.FailureMessage, StringComparison.Ordinal);
        return result.FailureMessage;
    }

    [Fact]
    public void Validate_SocketModeWithBothTokens_Succeeds()
    {
        var options = Valid();
        options.Channels.Add(new SlackChannelOptions { Id = "C0NEWS001", DigestCron = "0 0 8 * * ?", TimeZone = "Europe/London" });
        options.AdminUserIds.Add("U012AB3CD");

        Assert.True(new SlackOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_NoBotTokenNoWebhooks_SucceedsAsDisabled()
    {
        Assert.True(new SlackOptionsValidator().Validate(null, new SlackOptions()).Succeeded);
    }

    [Theory]
    [InlineData("xoxp-1234-user-token-" + Secret, null, "Slack:BotToken")] // a user token
    [InlineData("xapp-1-A1-" + Secret, null, "Slack:BotToken")] // the app token in the wrong place
    [InlineData(null, "xoxb-1234-" + Secret, "Slack:AppToken")] // the bot token in the wrong place
    [InlineData(null, "", "Slack:AppToken")]
    public void Validate_WrongTokenShapes_NamesTheKeyNotTheValue(string? botToken, string? appToken, string key)
    {
        var options = Valid();
        if (botToken is not null)
            options.BotToken = botToken;
        if (appToken is not null)
            options.AppToken = appToken;

        Assert.Contains(key, Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HttpModeWithoutSigningSecret_NamesSigningSecret()
    {
        var options = Valid();
        options.Mode = SlackMode.Http;

        Assert.Contains("Slack:SigningSecret", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadChannelAndAdmin_NamesEachKey()
    {
        var options = Valid();
        options.Channels.Add(new SlackChannelOptions { Id = "#newsroom", DigestCron = "every morning", TimeZone = "Mars/Olympus" });
        options.AdminUserIds.Add("jane");
        options.Connections = 11;

        var message = Failure(options);

        Assert.Contains("Slack:Channels:0:Id", message, StringComparison.Ordinal);
        Assert.Contains("Slack:Channels:0:DigestCron", message, StringComparison.Ordinal);
        Assert.Contains("Slack:Channels:0:TimeZone", message, StringComparison.Ordinal);
        Assert.Contains("Slack:AdminUserIds:0", message, StringComparison.Ordinal);
        Assert.Contains("Slack:Connections", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PlainHttpWebhook_RefusedWithoutShowingIt()
    {
        var options = new SlackOptions();
        options.WebhookUrls["newsroom"] = new Uri("http://hooks.example/services/T/B/" + Secret);

        Assert.Contains("Slack:WebhookUrls:newsroom", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSlack_WrongTokenFormat_StartUpStopsWithClearMessage()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxp-" + Secret, ["Slack:AppToken"] = "xapp-1-" + Secret });
        builder.AddSlack();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Slack:BotToken must be a bot token starting with xoxb-", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSlack_NoToken_RegistersNothingAndNoChatPlatform()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());

        builder.AddSlack();

        Assert.DoesNotContain(builder.Services, s => s.ServiceType == typeof(SlackChatPlatform) || s.ServiceType == typeof(IDigestSender));
        Assert.False(builder.HasChatPlatform());
    }

    [Fact]
    public void AddSlack_OnlyWebhooks_RegistersOnlyTheWebhookSender()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:WebhookUrls:newsroom"] = "https://hooks.slack.com/services/T/B/x" });

        builder.AddSlack();

        Assert.Contains(builder.Services, s => s.ServiceType == typeof(SlackWebhookSender));
        Assert.DoesNotContain(builder.Services, s => s.ServiceType == typeof(SlackChatPlatform));
        Assert.False(builder.HasChatPlatform());
    }

    [Fact]
    public void AddSlack_BotToken_IsAChatPlatform()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-1-2-3" });

        builder.AddSlack();

        Assert.Contains(builder.Services, s => s.ServiceType == typeof(IChatPlatform));
        Assert.True(builder.HasChatPlatform());
    }
}
