using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Bot.Analysis;

/// <summary>
/// Keeps a fault in the quote rules to the article that showed it: the article is stored and scored without its
/// quotes, and the fault is logged with the article's id, not its text.
/// </summary>
/// <remarks>
/// Ingestion analyses a batch of inputs before one store transaction and retries a failed batch on the next scan, so
/// a rule that throws on one article would otherwise hold back every input in its batch on every scan, for good.
/// </remarks>
public sealed partial class GuardedQuoteExtractor(IQuoteExtractor inner, ILogger<GuardedQuoteExtractor> logger) : IQuoteExtractor
{
    /// <inheritdoc />
    public IReadOnlyList<Quote> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        try
        {
            return inner.Extract(article);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            LogFailed(logger, article.Id, article.Origin ?? article.Source ?? "", e);
            return [];
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Quote extraction failed for article {ArticleId} ({Origin}); it is stored without quotes")]
    private static partial void LogFailed(ILogger logger, string articleId, string origin, Exception exception);
}
