using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Analysis;

/// <summary>What the text engine concluded about one article for one topic profile.</summary>
public sealed record ArticleAnalysis(
    Relevance Relevance,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Keyphrases,
    IReadOnlyList<Quote> Quotes)
{
    /// <summary>
    /// The analysis an article the engine never analysed for <paramref name="profile"/> is shown with (search finds
    /// every stored article): not relevant, nothing summarised or quoted, and why. Articles not in English are never
    /// analysed (<see cref="Ingestion.ArticleIngestor"/>); an English one was stored before the profile existed.
    /// </summary>
    public static ArticleAnalysis NotAnalysed(string profile, string? language)
    {
        var reason = language is null or "en"
            ? "not analysed for this topic: stored before the topic was added"
            : $"not analysed: the article's language is '{language}', and the topics and quote rules are English";
        return new ArticleAnalysis(new Relevance(profile, 0, false, [], reason), [], [], []);
    }
}
