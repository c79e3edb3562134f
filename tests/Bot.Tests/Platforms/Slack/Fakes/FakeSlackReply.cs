namespace NewsBot.Bot.Tests.Platforms.Slack.Fakes;

/// <summary>A scripted answer to the next call of a method.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The body (JSON, or plain text for webhooks).</param>
/// <param name="RetryAfterSeconds">A Retry-After header, if any.</param>
public sealed record FakeSlackReply(int Status, string Body, int? RetryAfterSeconds = null)
{
    /// <summary>Slack's way of failing: HTTP 200 with ok:false.</summary>
    public static FakeSlackReply Error(string error) => new(200, $"{{\"ok\":false,\"error\":\"{error}\"}}");

    /// <summary>A 429 with Retry-After.</summary>
    public static FakeSlackReply RateLimited(int seconds) => new(429, "{\"ok\":false,\"error\":\"ratelimited\"}", seconds);
}
