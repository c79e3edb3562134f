using NewsBot.Core.Storage;

namespace NewsBot.Benchmarks;

/// <summary>A store that only lists a fixed set of analysed articles: the digest benchmark measures grouping and rendering, not SQLite.</summary>
public sealed class InMemoryNewsStore(IReadOnlyList<StoredArticle> articles) : INewsStore
{
    public Task<IReadOnlyList<StoredArticle>> ListArticlesAsync(ArticleQuery query, CancellationToken cancellationToken) => Task.FromResult(articles);

    public Task MigrateAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> IsProcessedAsync(string origin, string contentHash, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<SaveOutcome> SaveAsync(IngestedArticle item, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task QuarantineAsync(QuarantineEntry entry, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<QuarantineEntry>> ListQuarantineAsync(int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<StoredArticle>> SearchArticlesAsync(string terms, string profile, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<SpeakerCount>> ListSpeakersAsync(string? topic, DateTimeOffset? since, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
}
