using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// Takes what a reader produced to the store: each article analysed for every profile and saved in one
/// transaction; each failure quarantined with its origin and reason.
/// </summary>
public sealed class ArticleIngestor(INewsStore store, ITextAnalyzer analyzer, ProfileCatalog profiles, TimeProvider clock)
{
    /// <summary>Stores the articles of one read result, or quarantines its failure.</summary>
    public async Task<IngestReport> IngestAsync(ArticleReadResult read, string inputOrigin, string contentHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var now = clock.GetUtcNow();
        if (read.Failed)
        {
            await store.QuarantineAsync(new QuarantineEntry(read.Origin, read.Error!, now) { ContentHash = read.Origin == inputOrigin ? contentHash : null }, cancellationToken);
            return new IngestReport(0, 0, 1);
        }

        int inserted = 0, duplicates = 0;
        foreach (var article in read.Articles)
        {
            var analyses = profiles.Profiles.Values.Select(p => analyzer.Analyze(article, p)).ToList();
            var outcome = await store.SaveAsync(new IngestedArticle(article, inputOrigin, contentHash, now, analyses), cancellationToken);
            if (outcome == SaveOutcome.Duplicate)
                duplicates++;
            else
                inserted++;
        }

        return new IngestReport(inserted, duplicates, 0);
    }
}
