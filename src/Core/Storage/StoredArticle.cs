using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Storage;

/// <summary>An article as the store returns it, with its analysis for the profile asked for.</summary>
public sealed record StoredArticle(long Key, Article Article, DateTimeOffset IngestedAt, ArticleAnalysis Analysis)
{
    /// <summary>The story this article belongs to (near-duplicates share one); its own key when alone.</summary>
    public long StoryKey { get; init; }

    /// <summary>1 for the article as first stored; one more for each edited version saved over it.</summary>
    public int Version { get; init; } = 1;
}
