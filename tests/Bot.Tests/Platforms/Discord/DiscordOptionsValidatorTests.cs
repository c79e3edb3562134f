using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Platforms;
using NewsBot.Bot.Platforms.Discord;
using NewsBot.Bot.Tests.Platforms.Discord.Fakes;

namespace NewsBot.Bot.Tests.Platforms.Discord;

public sealed class DiscordOptionsValidatorTests
{
    [Fact]
    public void Validate_GoodConfiguration_Succeeds()
    {
        var options = Valid();
        options.Channels.Add(new DiscordChannelOptions { Id = "123", Profile = "coalition", DigestCron = "0 0 8 * * ?", TimeZone = "Europe/London" });
        options.WebhookUrls["desk"] = "https://discord.com/api/webhooks/123/abcdefghijklmnopqrstuvwxyz";
        options.Channels.Add(new DiscordChannelOptions { Id = "webhook:desk" });

        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("Bot " + FakeDiscord.Token, "without the 'Bot ' prefix")]
    [InlineData("not-a-token-but-a-secret-anyway", "malformed")]
    [InlineData("", "missing")]
    public void Validate_BadToken_NamesKeyAndNeverShowsToken(string token, string expected)
    {
        var options = Valid();
        options.Token = token;

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Discord:Token", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
        if (token.Length > 0)
            Assert.DoesNotContain(token.Replace("Bot ", "", StringComparison.Ordinal), result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadSettings_NameEachKey()
    {
        var options = Valid();
        options.ApplicationId = "abc";
        options.ShardId = 2;
        options.ShardCount = 2;
        options.GatewayUrl = "https://gateway";
        options.WebhookUrls["desk"] = "https://example.com/secret-token";
        options.Channels.Add(new DiscordChannelOptions { Id = "webhook:missing", DigestCron = "every day", TimeZone = "Mars/Olympus" });
        options.Interactions.Enabled = true;
        options.Interactions.PublicKey = "xyz";

        var message = new DiscordOptionsValidator().Validate(null, options).FailureMessage;

        foreach (var key in new[] { "Discord:ApplicationId", "Discord:ShardId", "Discord:GatewayUrl", "Discord:WebhookUrls:desk", "Discord:Channels:0:Id", "Discord:Channels:0:DigestCron", "Discord:Channels:0:TimeZone", "Discord:Interactions:PublicKey" })
            Assert.Contains(key, message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDiscord_NoToken_RegistersNothingAndLeavesConsoleOn()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        builder.AddDiscord();

        Assert.DoesNotContain(builder.Services, s => s.ServiceType == typeof(IChatPlatform));
        Assert.False(builder.HasChatPlatform());
    }

    [Fact]
    public void AddDiscord_MalformedToken_StopsStartUpWithKeyAndNoToken()
    {
        const string token = "malformed-secret-value";
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = token });

        builder.AddDiscord();
        using var host = builder.Build();

        Assert.True(builder.HasChatPlatform());
        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Discord:Token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HasChatPlatform_SlackToken_IsTrue()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-1" });

        Assert.True(builder.HasChatPlatform());
    }

    private static DiscordOptions Valid() => new() { Token = FakeDiscord.Token, ApplicationId = "800" };
}
