using System.Text;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Platforms.Slack.Http;

namespace NewsBot.Bot.Tests.Platforms.Slack.Http;

public sealed class SlackSignatureVerifierTests
{
    // Slack's documented known-answer vector.
    internal const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    internal const string Timestamp = "1531420618";
    internal const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    internal const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static FakeTimeProvider ClockAt(long seconds) => new(DateTimeOffset.FromUnixTimeSeconds(seconds));

    [Fact]
    public void Sign_KnownAnswerVector_MatchesSlack()
    {
        Assert.Equal(Expected, SlackSignatureVerifier.Sign(Secret, Timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void Verify_KnownAnswerVectorWithinWindow_True()
    {
        var verifier = new SlackSignatureVerifier(Secret, ClockAt(1531420618 + 120));

        Assert.True(verifier.Verify(Timestamp, Expected, Encoding.UTF8.GetBytes(Body)));
    }

    [Theory]
    [InlineData(Timestamp, "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504", 0)] // last digit changed
    [InlineData(Timestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", 0)] // unknown version
    [InlineData(Timestamp, "v0=a2114d57", 0)] // truncated
    [InlineData(Timestamp, "v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", 0)] // not hex
    [InlineData(Timestamp, null, 0)]
    [InlineData(null, Expected, 0)]
    [InlineData("1531420618.5", Expected, 0)]
    [InlineData(Timestamp, Expected, 301)] // replayed just past five minutes
    [InlineData(Timestamp, Expected, -301)] // from the future
    public void Verify_BadOrStale_False(string? timestamp, string? signature, int clockOffset)
    {
        var verifier = new SlackSignatureVerifier(Secret, ClockAt(1531420618 + clockOffset));

        Assert.False(verifier.Verify(timestamp, signature, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void Verify_BodyChanged_False()
    {
        var verifier = new SlackSignatureVerifier(Secret, ClockAt(1531420618));

        Assert.False(verifier.Verify(Timestamp, Expected, Encoding.UTF8.GetBytes(Body.Replace("foobar", "foobaz", StringComparison.Ordinal))));
    }
}
