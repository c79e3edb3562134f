using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Bot.Platforms.Discord;
using NewsBot.Bot.Platforms.Discord.Rest;

namespace NewsBot.Bot.Tests.Platforms.Discord.Fakes;

/// <summary>REST clients pointed at a fake Discord.</summary>
internal static class RestClients
{
    public static DiscordRestClient For(FakeDiscord fake, TimeProvider? clock = null, DiscordRateLimiter? limiter = null)
    {
        clock ??= TimeProvider.System;
        var http = new HttpClient { BaseAddress = new Uri(fake.RestBaseUrl + "/") };
        return new DiscordRestClient(http, new DiscordCredentials(FakeDiscord.Token), limiter ?? new DiscordRateLimiter(clock), new DiscordCircuit(clock), clock,
            NullLogger<DiscordRestClient>.Instance) { RetryDelay = TimeSpan.FromMilliseconds(10) };
    }
}
