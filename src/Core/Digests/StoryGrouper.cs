using NewsBot.Core.Storage;
using NewsBot.Core.Text;

namespace NewsBot.Core.Digests;

/// <summary>
/// Groups articles into stories: those the store already linked (same story key) and those whose keyphrases and
/// headline words overlap strongly. Stories are ordered by relevance, number of outlets and recency.
/// </summary>
public static class StoryGrouper
{
    private const double SameStoryThreshold = 0.35;

    /// <summary>Stories, most important first.</summary>
    public static IReadOnlyList<Story> Group(IReadOnlyList<StoredArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var groups = new List<(List<StoredArticle> Members, HashSet<string> Words)>();
        foreach (var article in articles.OrderByDescending(a => a.Analysis.Relevance.Score))
        {
            var words = Signature(article);
            var home = groups.FirstOrDefault(g => g.Members.Any(m => m.StoryKey == article.StoryKey) || Similarity(g.Words, words) >= SameStoryThreshold);
            if (home.Members is null)
            {
                groups.Add(([article], words));
            }
            else
            {
                home.Members.Add(article);
                home.Words.UnionWith(words);
            }
        }

        var newest = articles.Max(a => a.Article.Published ?? a.IngestedAt);
        return groups
            .Select(g => new Story(g.Members[0], g.Members, Importance(g.Members, newest)))
            .OrderByDescending(s => s.Importance)
            .ToList();
    }

    private static double Importance(List<StoredArticle> members, DateTimeOffset newest)
    {
        var relevance = members.Max(m => m.Analysis.Relevance.Score);
        var outlets = members.Select(m => m.Article.Source ?? m.Article.Origin).Distinct().Count();
        var ageHours = (newest - members.Max(m => m.Article.Published ?? m.IngestedAt)).TotalHours;
        return relevance * (1 + Math.Log(outlets)) / (1 + ageHours / 24);
    }

    private static HashSet<string> Signature(StoredArticle article) =>
        Tokenizer.Tokenize(article.Article.Title + " " + string.Join(' ', article.Analysis.Keyphrases))
            .Where(t => !StopWords.Contains(t.Value) && t.Value.Length > 2)
            .Select(t => Stemmer.Stem(t.Value))
            .ToHashSet(StringComparer.Ordinal);

    private static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
