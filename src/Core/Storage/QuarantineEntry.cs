namespace NewsBot.Core.Storage;

/// <summary>An input that could not be read: kept with its origin and error, never dropped silently.</summary>
public sealed record QuarantineEntry(string Origin, string Error, DateTimeOffset At)
{
    /// <summary>Hash of the input as read; when set, the input counts as processed and is not retried until it changes.</summary>
    public string? ContentHash { get; init; }
}
