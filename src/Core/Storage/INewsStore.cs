namespace NewsBot.Core.Storage;

/// <summary>
/// The one store every flow shares: articles with their analyses and quotes, processed inputs and quarantine.
/// Implementations: SQLite (embedded default) and PostgreSQL (several instances). Thread-safe.
/// </summary>
public interface INewsStore
{
    /// <summary>Creates or upgrades the schema to the current version.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>True when this exact input (origin + content hash) was already ingested.</summary>
    Task<bool> IsProcessedAsync(string origin, string contentHash, CancellationToken cancellationToken);

    /// <summary>
    /// Stores an article with its analyses and quotes in one transaction, and marks its input processed.
    /// An article already stored (same id or same normalised text) is not stored twice.
    /// </summary>
    Task<SaveOutcome> SaveAsync(IngestedArticle item, CancellationToken cancellationToken);

    /// <summary>
    /// Stores every article read from one input (a feed document, a JSON array) in one transaction and marks the input
    /// processed with them, so a crash never leaves an input half-ingested yet marked done. Outcomes are in input order.
    /// This default saves one at a time (each atomic, the whole not); the SQLite and PostgreSQL stores override it.
    /// </summary>
    async Task<IReadOnlyList<SaveOutcome>> SaveAllAsync(IReadOnlyList<IngestedArticle> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var outcomes = new List<SaveOutcome>(items.Count);
        foreach (var item in items)
            outcomes.Add(await SaveAsync(item, cancellationToken));
        return outcomes;
    }

    /// <summary>Records an input that could not be read, with its origin and error.</summary>
    Task QuarantineAsync(QuarantineEntry entry, CancellationToken cancellationToken);

    /// <summary>The most recent quarantined inputs.</summary>
    Task<IReadOnlyList<QuarantineEntry>> ListQuarantineAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Articles ingested or published in a period, analysed for a profile.</summary>
    Task<IReadOnlyList<StoredArticle>> ListArticlesAsync(ArticleQuery query, CancellationToken cancellationToken);

    /// <summary>Full-text search over headlines and bodies, best first among the <see cref="ArticleSearch.Window"/> latest matches.</summary>
    Task<IReadOnlyList<StoredArticle>> SearchArticlesAsync(string terms, string profile, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Quotes matching a speaker, topic words or phrase, and a period; newest stored first (not ranked), so every query
    /// can stop at its limit however common its words.
    /// </summary>
    Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Speakers with their quote counts, optionally only on quotes matching topic words (then over the
    /// <see cref="SpeakerCount.TopicWindow"/> most recently stored matching quotes) and since a time.
    /// </summary>
    Task<IReadOnlyList<SpeakerCount>> ListSpeakersAsync(string? topic, DateTimeOffset? since, CancellationToken cancellationToken);

    /// <summary>Counts for /status.</summary>
    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken);
}
