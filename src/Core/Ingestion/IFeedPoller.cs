namespace NewsBot.Core.Ingestion;

/// <summary>Polls the configured web feeds whose interval has come round. Called by the scheduler's polling job.</summary>
public interface IFeedPoller
{
    /// <summary>Fetches and ingests every feed that is due; a failing feed is recorded, not thrown.</summary>
    Task PollDueFeedsAsync(CancellationToken cancellationToken);
}
