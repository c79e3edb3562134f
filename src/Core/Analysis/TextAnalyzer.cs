using NewsBot.Core.Articles;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Analysis;

/// <summary>The keyword text engine: relevance, summary, keyphrases and quotes in one call.</summary>
public sealed class TextAnalyzer(IQuoteExtractor quotes, int summarySentences = 3, int keyphraseCount = 8) : ITextAnalyzer
{
    /// <inheritdoc />
    public ArticleAnalysis Analyze(Article article, CompiledProfile profile)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(profile);
        return new ArticleAnalysis(
            RelevanceScorer.Score(article, profile),
            Summarizer.Summarize(article.Text, profile, summarySentences),
            KeyphraseExtractor.Extract(article.Title, article.Text, profile, keyphraseCount),
            quotes.Extract(article));
    }
}
