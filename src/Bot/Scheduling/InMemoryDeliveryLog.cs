using System.Collections.Concurrent;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Scheduling;

/// <summary>
/// A delivery log held in this process: exactly once within one process only, forgotten at restart. The fallback
/// while the configured store does not implement <see cref="IDeliveryLog"/>, and the double of tests. Thread-safe.
/// </summary>
public sealed class InMemoryDeliveryLog : IDeliveryLog
{
    private readonly ConcurrentDictionary<string, DeliveryRecord> _records = new(StringComparer.Ordinal);

    /// <summary>Every record, for tests and the soak run.</summary>
    public IReadOnlyCollection<DeliveryRecord> Records => [.. _records.Values];

    /// <inheritdoc />
    public Task<DeliveryRecord?> TryClaimAsync(string key, string instance, DateTimeOffset at, bool late, CancellationToken cancellationToken)
    {
        var claim = new DeliveryRecord(key, DeliveryStatus.Started, instance, at) { Late = late };
        var stored = _records.GetOrAdd(key, claim);
        return Task.FromResult(ReferenceEquals(stored, claim) ? null : stored);
    }

    /// <inheritdoc />
    public Task MarkDeliveredAsync(string key, string? messageIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        _records.AddOrUpdate(key,
            _ => throw new InvalidOperationException($"Delivery {key} was never claimed."),
            (_, record) => record with { Status = DeliveryStatus.Delivered, DeliveredAt = at, MessageIds = messageIds });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        if (_records.TryGetValue(key, out var record) && record.Status == DeliveryStatus.Started)
            _records.TryRemove(new KeyValuePair<string, DeliveryRecord>(key, record));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DeliveryRecord>> ListUnfinishedAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DeliveryRecord>>([.. _records.Values.Where(r => r.Status == DeliveryStatus.Started).OrderBy(r => r.StartedAt)]);

    /// <inheritdoc />
    public Task<DeliveryRecord?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_records.TryGetValue(key, out var record) ? record : null);
}
