using NewsBot.Core.Articles;

namespace NewsBot.Core.Quotes;

/// <summary>Finds who said what in one article. Pure and thread-safe.</summary>
public interface IQuoteExtractor
{
    /// <summary>Every quote in the article with its resolved speaker, in text order.</summary>
    IReadOnlyList<Quote> Extract(Article article);
}
