using System.Text.Json.Nodes;

namespace NewsBot.Bot.Tests.Platforms.Slack.Fakes;

/// <summary>Payloads as Slack sends them: an app_mention event_callback and a slash command.</summary>
public static class SlackPayloads
{
    public static JsonObject Mention(string eventId, string text, string ts, string user = "UREPORT01", string channel = SlackBotHarness.NewsChannel) => new()
    {
        ["type"] = "event_callback",
        ["team_id"] = FakeSlackServer.TeamId,
        ["event_id"] = eventId,
        ["event_time"] = 1700000000,
        ["event"] = new JsonObject
        {
            ["type"] = "app_mention", ["user"] = user, ["text"] = text, ["ts"] = ts, ["channel"] = channel, ["event_ts"] = ts,
        },
    };

    public static JsonObject SlashCommand(FakeSlackServer fake, string command, string text, string trigger) => new()
    {
        ["token"] = "verification-token-unused",
        ["team_id"] = FakeSlackServer.TeamId,
        ["channel_id"] = SlackBotHarness.NewsChannel,
        ["user_id"] = "UREPORT01",
        ["command"] = command,
        ["text"] = text,
        ["response_url"] = new Uri(fake.Root, "response/" + trigger).AbsoluteUri,
        ["trigger_id"] = trigger,
    };
}
