using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// Takes what a reader produced to the store: each article's language detected, English articles analysed for
/// every profile, the articles of one input (or of several a caller gathers) saved with their processed markers in
/// one transaction; each failed read quarantined with its origin and reason.
/// </summary>
/// <remarks>
/// A non-English article is stored with its language but not analysed: the keyword profiles and the quote rules
/// are English, so it would only ever score as noise. It stays searchable and shows in the article count.
/// An article whose language cannot be told (too short) is analysed as English. Without a
/// <see cref="LanguageIdentifier"/> (benchmarks that measure the store alone) no language is detected.
/// </remarks>
public sealed class ArticleIngestor(INewsStore store, ITextAnalyzer analyzer, ProfileCatalog profiles, TimeProvider clock, LanguageIdentifier? languages = null)
{
    /// <summary>
    /// How many articles callers gather into one <see cref="IngestAllAsync"/> (one store transaction). A commit costs
    /// about as much as saving a few articles, and SQLite's full-text index writes a segment per transaction that it
    /// must later merge, so a backlog saved 500 at a time goes about twice as fast as one input per transaction
    /// (benchmarks/README-ingest.md); the batch's analysed text, a few megabytes, is all it holds in memory.
    /// </summary>
    public const int ArticlesPerTransaction = 500;

    /// <summary>Stores the articles of one read result, or quarantines its failure.</summary>
    public Task<IngestReport> IngestAsync(ArticleReadResult read, string inputOrigin, string contentHash, CancellationToken cancellationToken) =>
        IngestAllAsync([new IngestInput(read, inputOrigin, contentHash)], cancellationToken);

    /// <summary>
    /// Stores the articles of several inputs in one transaction, each input with its processed marker, and
    /// quarantines each failed read. If the transaction fails, each input is saved again in a transaction of its own,
    /// so one bad input never holds back the others: the inputs before it land, and its error is thrown as it would
    /// be for that input alone (a store failure is retried on the next scan or poll, not quarantined).
    /// </summary>
    public async Task<IngestReport> IngestAllAsync(IReadOnlyList<IngestInput> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var now = clock.GetUtcNow();
        var report = IngestReport.Empty;
        var analysed = new List<List<IngestedArticle>>(inputs.Count);
        foreach (var input in inputs)
        {
            if (input.Read.Failed)
            {
                var entry = new QuarantineEntry(input.Read.Origin, input.Read.Error!, now) { ContentHash = input.Read.Origin == input.Origin ? input.ContentHash : null };
                await store.QuarantineAsync(entry, cancellationToken);
                report = report.Add(new IngestReport(0, 0, 1));
            }
            else if (input.Read.Articles.Count > 0)
            {
                analysed.Add(input.Read.Articles.Select(a => Analyse(a, input, now)).ToList());
            }
        }

        // Analysis first, then the store transaction: a crash or a failing article leaves its input unmarked with
        // nothing of it stored, so the next scan retries all of it.
        return report.Add(Counted(await SaveAsync(analysed, cancellationToken)));
    }

    private IngestedArticle Analyse(Article item, IngestInput input, DateTimeOffset now)
    {
        var article = item.Language is null && languages is not null ? item with { Language = languages.Detect(item.Text) } : item;
        var analyses = article.Language is null or "en"
            ? profiles.Profiles.Values.Select(p => analyzer.Analyze(article, p)).ToList()
            : [];
        RelevanceMetrics.Record(analyses);
        return new IngestedArticle(article, input.Origin, input.ContentHash, now, analyses);
    }

    private async Task<IReadOnlyList<SaveOutcome>> SaveAsync(List<List<IngestedArticle>> inputs, CancellationToken cancellationToken)
    {
        if (inputs.Count <= 1)
            return inputs.Count == 0 ? [] : await store.SaveAllAsync(inputs[0], cancellationToken);
        try
        {
            return await store.SaveAllAsync([.. inputs.SelectMany(i => i)], cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var outcomes = new List<SaveOutcome>();
            foreach (var input in inputs)
                outcomes.AddRange(await store.SaveAllAsync(input, cancellationToken));
            return outcomes;
        }
    }

    private static IngestReport Counted(IReadOnlyList<SaveOutcome> outcomes)
    {
        var duplicates = outcomes.Count(o => o == SaveOutcome.Duplicate);
        return new IngestReport(outcomes.Count - duplicates, duplicates, 0);
    }
}
