namespace NewsBot.Core.Storage;

/// <summary>Counts for /status.</summary>
public sealed record StoreStatistics(int Articles, int RelevantArticles, int Quotes, int Quarantined, DateTimeOffset? LastIngest);
