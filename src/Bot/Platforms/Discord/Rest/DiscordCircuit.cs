using System.Collections.Concurrent;

namespace NewsBot.Bot.Platforms.Discord.Rest;

/// <summary>
/// Stops calling a channel or webhook that answered 403 or 404 for a while: Discord bans an IP that piles up
/// 10,000 401/403/429 answers in 10 minutes, and a deleted channel will not come back by retrying.
/// </summary>
internal sealed class DiscordCircuit(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _openUntil = new(StringComparer.Ordinal);

    /// <summary>How long a resource is left alone after a 403/404.</summary>
    public TimeSpan OpenFor { get; init; } = TimeSpan.FromMinutes(15);

    public bool IsOpen(string resource) =>
        _openUntil.TryGetValue(resource, out var until) && clock.GetUtcNow() < until;

    public void Open(string resource) => _openUntil[resource] = clock.GetUtcNow() + OpenFor;
}
