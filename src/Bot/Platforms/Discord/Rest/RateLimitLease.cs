using System.Net.Http.Headers;

namespace NewsBot.Bot.Platforms.Discord.Rest;

/// <summary>A request's hold on its bucket, from before sending until its response is read.</summary>
internal sealed class RateLimitLease(DiscordRateLimiter limiter, RateLimitBucket bucket, DiscordRequest request) : IDisposable
{
    public Task WaitForRoomAsync(CancellationToken cancellationToken) => limiter.WaitForRoomAsync(bucket, request.Global, cancellationToken);

    public void Update(HttpResponseHeaders headers) => limiter.Update(bucket, request, headers);

    public void Limited(TimeSpan retryAfter, bool global) => limiter.Limited(bucket, retryAfter, global);

    public void Dispose() => bucket.Gate.Release();
}
