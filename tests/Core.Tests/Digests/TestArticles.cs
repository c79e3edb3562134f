using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Digests;

/// <summary>Builds stored articles with hand-set analyses for the digest tests.</summary>
internal static class TestArticles
{
    public static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static StoredArticle Make(
        long key, string title, string summary, string[] keyphrases, double score = 10, string source = "Outlet A",
        double hoursAgo = 0, long? storyKey = null, Quote[]? quotes = null) =>
        new(
            key,
            new Article($"id-{key}", title, summary, new Uri($"https://news.example/{key}"), Noon.AddHours(-hoursAgo), source),
            Noon.AddHours(-hoursAgo),
            new ArticleAnalysis(new Relevance("coalition", score, true, [], "test"), [summary], keyphrases, quotes ?? []))
        {
            StoryKey = storyKey ?? key,
        };
}
