using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The rule-based extractor: quoted spans (straight, curly, nested, over several paragraphs, unbalanced), partial
/// quotes inside reported speech, indirect speech ("said that", "according to", "told reporters", "warned"), each
/// attributed through its speech cue to a speaker resolved within the article (names, appositions, roles, pronouns,
/// unnamed sources, institutions) and then to a canonical identity across articles. Scare quotes stay unattributed.
/// Thread-safe: all state lives in one call (the identity resolver is itself thread-safe).
/// </summary>
public sealed class RuleQuoteExtractor(IdentityResolver? identities = null) : IQuoteExtractor
{
    /// <inheritdoc />
    public IReadOnlyList<Quote> Extract(Article article) => Find(article).Select(f => f.Quote).ToList();

    /// <summary>Every quote with its reported clause and speaker kind, in text order.</summary>
    public IReadOnlyList<QuoteFinding> Find(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleReading(article.Text, identities).Read();
    }
}
