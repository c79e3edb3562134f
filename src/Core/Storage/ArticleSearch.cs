namespace NewsBot.Core.Storage;

/// <summary>How article search bounds its work as the store grows.</summary>
public static class ArticleSearch
{
    /// <summary>
    /// Search ranks the most recently stored matches only, at most this many: a common word matches much of a big
    /// store, ranking every match grows with the store (12 ms at 100,000 articles), and a newsroom searching the
    /// news wants this year's story before one from five years ago.
    /// </summary>
    public const int Window = 1_000;
}
