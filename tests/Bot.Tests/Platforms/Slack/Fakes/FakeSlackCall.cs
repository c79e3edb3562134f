using System.Text.Json.Nodes;

namespace NewsBot.Bot.Tests.Platforms.Slack.Fakes;

/// <summary>One HTTP call the fake Slack received.</summary>
/// <param name="Method">The Web API method, or "response_url" / "webhook".</param>
/// <param name="Authorization">The Authorization header, if any.</param>
/// <param name="Body">The body as sent.</param>
/// <param name="At">The fake's clock when it arrived.</param>
public sealed record FakeSlackCall(string Method, string? Authorization, string Body, DateTimeOffset At)
{
    /// <summary>The body as JSON (Web API JSON posts, response_url, webhooks).</summary>
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
}
