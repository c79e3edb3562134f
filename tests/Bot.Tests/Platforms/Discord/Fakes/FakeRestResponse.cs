namespace NewsBot.Bot.Tests.Platforms.Discord.Fakes;

/// <summary>A scripted REST answer: status, JSON body and extra headers.</summary>
public sealed record FakeRestResponse(int Status, string Body = "", IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeRestResponse TooManyRequests(double retryAfter, bool global) => new(429,
        $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""",
        new Dictionary<string, string>
        {
            ["Retry-After"] = Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Global"] = global ? "true" : "false",
            ["X-RateLimit-Scope"] = global ? "global" : "user",
        });
}
