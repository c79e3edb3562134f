using NewsBot.Core.Storage;
using NewsBot.Core.Text;

namespace NewsBot.Core.Digests;

/// <summary>
/// Groups articles into stories: those ingestion already linked as near-duplicates (same story key) and those whose
/// headline, keyphrases and summary share enough stemmed words with a story's lead article. Each article is compared
/// with the lead only, not with everything the story has absorbed, so a story cannot snowball into a topic.
/// Stories are ordered by importance: relevance, number of outlets and recency. Pure and thread-safe.
/// </summary>
public static class StoryGrouper
{
    /// <summary>The share of words (Jaccard) two articles must have in common to be one story.</summary>
    public const double SameStoryThreshold = 0.3;

    /// <summary>Stories, most important first; within a story, articles by relevance then time.</summary>
    public static IReadOnlyList<Story> Group(IReadOnlyList<StoredArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
            return [];
        var groups = new List<(List<StoredArticle> Members, HashSet<string> LeadWords)>();
        var byStoryKey = new Dictionary<long, int>();
        var ordered = articles
            .OrderByDescending(a => a.Analysis.Relevance.Score)
            .ThenByDescending(a => a.Article.Published ?? a.IngestedAt)
            .ThenBy(a => a.Key);
        foreach (var article in ordered)
        {
            var words = Signature(article);
            var home = byStoryKey.TryGetValue(article.StoryKey, out var index) ? index : -1;
            if (home < 0)
            {
                var best = SameStoryThreshold;
                for (var g = 0; g < groups.Count; g++)
                {
                    var similarity = Similarity(groups[g].LeadWords, words);
                    if (similarity >= best)
                    {
                        best = similarity;
                        home = g;
                    }
                }
            }

            if (home < 0)
            {
                home = groups.Count;
                groups.Add(([], words));
            }

            groups[home].Members.Add(article);
            byStoryKey.TryAdd(article.StoryKey, home);
        }

        var newest = articles.Max(a => a.Article.Published ?? a.IngestedAt);
        return groups
            .Select(g => new Story(g.Members[0], g.Members, Importance(g.Members, newest)))
            .OrderByDescending(s => s.Importance)
            .ThenBy(s => s.Lead.Key)
            .ToList();
    }

    /// <summary>Relevance, raised by each further outlet and lowered by age relative to the period's newest article.</summary>
    public static double Importance(IReadOnlyList<StoredArticle> members, DateTimeOffset newest)
    {
        ArgumentNullException.ThrowIfNull(members);
        var relevance = members.Max(m => m.Analysis.Relevance.Score);
        var outlets = members.Select(m => m.Article.Source ?? m.Article.Origin ?? m.Article.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var ageHours = Math.Max(0, (newest - members.Max(m => m.Article.Published ?? m.IngestedAt)).TotalHours);
        return relevance * (1 + Math.Log(outlets)) / (1 + ageHours / 24);
    }

    private static HashSet<string> Signature(StoredArticle article)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        Add(article.Article.Title, words);
        foreach (var phrase in article.Analysis.Keyphrases)
            Add(phrase, words);
        if (article.Analysis.Summary.Count > 0)
            Add(article.Analysis.Summary[0], words);
        return words;
    }

    private static void Add(string text, HashSet<string> into)
    {
        foreach (var token in Tokenizer.Tokenize(SpellingVariants.Normalize(text)))
        {
            if (token.Value.Length > 2 && !StopWords.Contains(token.Value))
                into.Add(Stemmer.Stem(token.Value));
        }
    }

    private static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var shared = 0;
        foreach (var word in b)
        {
            if (a.Contains(word))
                shared++;
        }

        return (double)shared / (a.Count + b.Count - shared);
    }
}
