using System.Collections.Concurrent;
using NewsBot.Bot.Platforms;
using NewsBot.Core.Chat;

namespace NewsBot.Soak;

/// <summary>Counts posts per idempotency key, as a channel would show them.</summary>
internal sealed class CountingSender : IDigestSender
{
    public ConcurrentDictionary<string, int> Posts { get; } = new(StringComparer.Ordinal);

    public int Late { get; private set; }

    public string Platform => "soak";

    public Task<string?> SendDigestAsync(string channelId, ChatAnswer answer, string idempotencyKey, CancellationToken cancellationToken)
    {
        Posts.AddOrUpdate(idempotencyKey, 1, (_, n) => n + 1);
        if (answer.Footer?.Contains("late:", StringComparison.Ordinal) == true)
            Late++;
        return Task.FromResult<string?>(idempotencyKey);
    }
}
