using NewsBot.Core.Articles;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Analysis;

/// <summary>
/// The keyword text engine: relevance, summary, keyphrases and quotes in one call. The headline and body are split,
/// tokenised and stemmed once and shared by every stage.
/// </summary>
public sealed class TextAnalyzer(IQuoteExtractor quotes, int summarySentences = 3, int keyphraseCount = 8) : ITextAnalyzer
{
    /// <inheritdoc />
    public ArticleAnalysis Analyze(Article article, CompiledProfile profile)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(profile);
        var title = AnalyzedText.Of(article.Title);
        var body = AnalyzedText.Of(article.Text);
        return new ArticleAnalysis(
            RelevanceScorer.Score(title, body, profile),
            Summarizer.Summarize(body, profile, summarySentences),
            KeyphraseExtractor.Extract(title, body, profile, keyphraseCount),
            quotes.Extract(article));
    }
}
