using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Analysis;

/// <summary>What the text engine concluded about one article for one topic profile.</summary>
public sealed record ArticleAnalysis(
    Relevance Relevance,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Keyphrases,
    IReadOnlyList<Quote> Quotes);
