using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Storage;

/// <summary>Everything one ingest writes: the article, its analysis per profile, and where it came from.</summary>
/// <param name="Article">The cleaned article.</param>
/// <param name="InputOrigin">The input (file path or feed URL) the article was read from.</param>
/// <param name="ContentHash">Hash of the input as read, to skip it after a restart.</param>
/// <param name="IngestedAt">When the bot read it.</param>
/// <param name="Analyses">One analysis per topic profile (quotes are the same in each).</param>
public sealed record IngestedArticle(Article Article, string InputOrigin, string ContentHash, DateTimeOffset IngestedAt, IReadOnlyList<ArticleAnalysis> Analyses);
