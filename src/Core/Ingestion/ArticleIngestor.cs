using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// Takes what a reader produced to the store: each article's language detected, English articles analysed for
/// every profile, all articles of one input saved with its processed marker in one transaction; each failure quarantined with its origin and reason.
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

        var items = new List<IngestedArticle>(read.Articles.Count);
        foreach (var item in read.Articles)
        {
            var article = item.Language is null && languages is not null ? item with { Language = languages.Detect(item.Text) } : item;
            var analyses = article.Language is null or "en"
                ? profiles.Profiles.Values.Select(p => analyzer.Analyze(article, p)).ToList()
                : [];
            RelevanceMetrics.Record(analyses);
            items.Add(new IngestedArticle(article, inputOrigin, contentHash, now, analyses));
        }

        // Analysis first, then one store transaction for the whole input and its processed marker: a crash or a
        // failing article leaves the input unmarked with nothing of it stored, so the next scan retries all of it.
        var outcomes = items.Count > 0 ? await store.SaveAllAsync(items, cancellationToken) : [];
        var duplicates = outcomes.Count(o => o == SaveOutcome.Duplicate);
        var inserted = outcomes.Count - duplicates;
        return new IngestReport(inserted, duplicates, 0);
    }
}
