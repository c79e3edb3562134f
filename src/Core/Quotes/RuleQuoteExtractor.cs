using NewsBot.Core.Articles;
using NewsBot.Core.Keywords;
using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The rule-based extractor: quoted spans (straight, curly, nested, over several paragraphs, unbalanced), partial
/// quotes inside reported speech, indirect speech ("said that", "according to", "told reporters", "warned"), each
/// attributed through its speech cue to a speaker resolved within the article (names, appositions, roles, pronouns,
/// unnamed sources, institutions) and then to a canonical identity across articles. Scare quotes stay unattributed.
/// Thread-safe: all state lives in one call (the identity resolver is itself thread-safe).
/// </summary>
/// <param name="identities">Canonical identities across articles; null reads each article alone.</param>
/// <param name="labels">Terms a topic follows ("coalition of the willing", "backstop"): quoted alone they are a label
/// the article puts in quote marks, not anyone's words (<see cref="LabelsOf"/>).</param>
public sealed class RuleQuoteExtractor(IdentityResolver? identities = null, IReadOnlySet<string>? labels = null) : IQuoteExtractor
{
    /// <summary>The terms of <paramref name="profiles"/>, lower-cased, as labels for the extractor.</summary>
    public static IReadOnlySet<string> LabelsOf(IEnumerable<TopicProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        return profiles.SelectMany(p => p.Terms).Select(t => t.Text.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<Quote> Extract(Article article) => Find(article).Select(f => f.Quote).ToList();

    /// <summary>Every quote with its reported clause and speaker kind, in text order.</summary>
    public IReadOnlyList<QuoteFinding> Find(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleReading(article.Text, identities, labels).Read();
    }
}
