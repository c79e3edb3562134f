namespace NewsBot.Core.Storage;

/// <summary>Housekeeping: removes what is older than the retention period.</summary>
public interface IRetentionStore
{
    /// <summary>Deletes articles (with their analyses and quotes) ingested before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
