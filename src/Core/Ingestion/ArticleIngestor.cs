using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// Takes what a reader produced to the store: each article's language detected, English articles analysed for
/// every profile, every article saved in one transaction; each failure quarantined with its origin and reason.
/// </summary>
/// <remarks>
/// A non-English article is stored with its language but not analysed: the keyword profiles and the quote rules
/// are English, so it would only ever score as noise. It stays searchable and shows in the article count.
/// An article whose language cannot be told (too short) is analysed as English. Without a
/// <see cref="LanguageIdentifier"/> (benchmarks that measure the store alone) no language is detected.
/// </remarks>
public sealed class ArticleIngestor(INewsStore store, ITextAnalyzer analyzer, ProfileCatalog profiles, TimeProvider clock, LanguageIdentifier? languages = null)
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
        foreach (var item in read.Articles)
        {
            var article = item.Language is null && languages is not null ? item with { Language = languages.Detect(item.Text) } : item;
            var analyses = article.Language is null or "en"
                ? profiles.Profiles.Values.Select(p => analyzer.Analyze(article, p)).ToList()
                : [];
            var outcome = await store.SaveAsync(new IngestedArticle(article, inputOrigin, contentHash, now, analyses), cancellationToken);
            if (outcome == SaveOutcome.Duplicate)
                duplicates++;
            else
                inserted++;
        }

        return new IngestReport(inserted, duplicates, 0);
    }
}
