using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Platforms.Slack;
using NewsBot.Bot.Platforms.Slack.Api;
using NewsBot.Bot.Platforms.Slack.Receiving;

namespace NewsBot.Bot.Tests.Platforms.Slack.Receiving;

public sealed class SlackRequestMapperTests
{
    private static SlackRequestMapper Mapper(string prefix = "")
    {
        var options = new SlackOptions { CommandPrefix = prefix };
        options.Channels.Add(new SlackChannelOptions { Id = "C0NEWS001", Profile = "coalition" });
        options.AdminUserIds.Add("UADMIN001");
        var session = new SlackSession { Identity = new SlackIdentity("UBOT0001", "T1", "BBOT0001") };
        return new SlackRequestMapper(Options.Create(options), session);
    }

    private static JsonElement Callback(JsonObject e) =>
        JsonDocument.Parse(new JsonObject { ["type"] = "event_callback", ["event_id"] = "Ev1", ["event"] = e }.ToJsonString()).RootElement;

    [Fact]
    public void FromEvent_AppMention_AskWithMentionStrippedInThread()
    {
        var inbound = Mapper().FromEvent(Callback(new JsonObject
        {
            ["type"] = "app_mention", ["user"] = "UADMIN001", ["channel"] = "C0NEWS001", ["ts"] = "17.1",
            ["text"] = "<@UBOT0001> who said &quot;ball&quot; &amp; &lt;court&gt;?",
        }))!;

        Assert.Equal("ask", inbound.Request.Command);
        Assert.Equal("who said &quot;ball&quot; & <court>?", inbound.Request.Arguments);
        Assert.Equal("17.1", inbound.ThreadTs);
        Assert.True(inbound.Request.IsAdmin);
        Assert.Equal("coalition", inbound.Request.Profile);
        Assert.Null(inbound.ResponseUrl);
    }

    [Fact]
    public void FromEvent_MentionInsideThread_AnswersInThatThread()
    {
        var inbound = Mapper().FromEvent(Callback(new JsonObject
        {
            ["type"] = "app_mention", ["user"] = "U1", ["channel"] = "C0OTHER01", ["ts"] = "17.5", ["thread_ts"] = "17.1", ["text"] = "<@UBOT0001> and Healey?",
        }))!;

        Assert.Equal("17.1", inbound.ThreadTs);
        Assert.False(inbound.Request.IsAdmin);
        Assert.Null(inbound.Request.Profile);
    }

    [Fact]
    public void FromEvent_DirectMessage_Ask()
    {
        var inbound = Mapper().FromEvent(Callback(new JsonObject
        {
            ["type"] = "message", ["channel_type"] = "im", ["user"] = "U1", ["channel"] = "D0DM00001", ["ts"] = "18.1", ["text"] = "what did Healey say?",
        }));

        Assert.Equal("what did Healey say?", inbound!.Request.Arguments);
    }

    [Theory]
    [InlineData("app_mention", null, "UOTHER001", "BOTHER001", null)] // another bot
    [InlineData("app_mention", null, "UBOT0001", null, null)] // the bot itself
    [InlineData("message", "im", "U1", null, "message_changed")] // an edit
    [InlineData("message", "channel", "U1", null, null)] // channel chatter, not for the bot
    [InlineData("reaction_added", null, "U1", null, null)]
    public void FromEvent_NotAQuestionForTheBot_Null(string type, string? channelType, string user, string? botId, string? subtype)
    {
        var e = new JsonObject { ["type"] = type, ["user"] = user, ["channel"] = "C0NEWS001", ["ts"] = "19.1", ["text"] = "<@UBOT0001> hi" };
        if (channelType is not null)
            e["channel_type"] = channelType;
        if (botId is not null)
            e["bot_id"] = botId;
        if (subtype is not null)
            e["subtype"] = subtype;

        Assert.Null(Mapper().FromEvent(Callback(e)));
    }

    [Fact]
    public void FromSlashCommand_Fields_CommandWithoutSlashAndResponseUrl()
    {
        var inbound = Mapper().FromSlashCommand(new Dictionary<string, string>
        {
            ["command"] = "/WhoSaid", ["text"] = "Healey about troops", ["channel_id"] = "C0NEWS001", ["user_id"] = "U1",
            ["response_url"] = "https://hooks.slack.com/commands/T1/1/abc",
        })!;

        Assert.Equal("whosaid", inbound.Request.Command);
        Assert.Equal("Healey about troops", inbound.Request.Arguments);
        Assert.Equal(new Uri("https://hooks.slack.com/commands/T1/1/abc"), inbound.ResponseUrl);
        Assert.Equal("slack", inbound.Request.Platform);
    }

    [Fact]
    public void FromSlashCommand_MissingChannel_Null()
    {
        Assert.Null(Mapper().FromSlashCommand(new Dictionary<string, string> { ["command"] = "/digest", ["user_id"] = "U1" }));
    }

    [Theory]
    [InlineData("/news-search", "search")]
    [InlineData("/whosaid", "whosaid")] // a command registered without the prefix still works
    [InlineData("/news-", "news-")] // nothing left after the prefix: left alone, the router says it is unknown
    public void FromSlashCommand_WithCommandPrefix_PrefixRemoved(string command, string expected)
    {
        var inbound = Mapper("news-").FromSlashCommand(new Dictionary<string, string>
        {
            ["command"] = command, ["text"] = "", ["channel_id"] = "C0NEWS001", ["user_id"] = "U1",
        });

        Assert.Equal(expected, inbound!.Request.Command);
    }
}
