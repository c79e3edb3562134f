using System.Text.Json;
using NewsBot.Bot.Platforms.Discord.Interactions;

namespace NewsBot.Bot.Tests.Platforms.Discord.Interactions;

public sealed class InteractionRequestsTests
{
    [Fact]
    public void ToRequest_WhoSaidOptions_BecomeRouterArgumentsInDeclaredOrder()
    {
        var interaction = Parse("""
            {"id":"1","application_id":"800","token":"tok","type":2,"channel_id":"42","guild_id":"7",
             "member":{"user":{"id":"55"},"permissions":"32"},
             "data":{"name":"whosaid","options":[{"name":"since","type":3,"value":"7d"},{"name":"name","type":3,"value":"Healey"},{"name":"about","type":3,"value":"troops"}]}}
            """);

        var request = InteractionRequests.ToRequest(interaction, "coalition");

        Assert.Equal("whosaid", request.Command);
        Assert.Equal("Healey about troops since 7d", request.Arguments);
        Assert.Equal("42", request.ChannelId);
        Assert.Equal("55", request.UserId);
        Assert.Equal("discord", request.Platform);
        Assert.Equal("coalition", request.Profile);
        Assert.True(request.IsAdmin);
    }

    [Fact]
    public void ToRequest_DirectMessage_UsesUserAndIsNotAdmin()
    {
        var interaction = Parse("""{"id":"1","application_id":"800","token":"tok","type":2,"channel_id":"9","user":{"id":"66"},"data":{"name":"status"}}""");

        var request = InteractionRequests.ToRequest(interaction, null);

        Assert.Equal("66", request.UserId);
        Assert.Equal("", request.Arguments);
        Assert.False(request.IsAdmin);
    }

    private static DiscordInteraction Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return DiscordInteraction.Parse(document.RootElement);
    }
}
