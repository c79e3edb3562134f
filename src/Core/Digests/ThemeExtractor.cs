using NewsBot.Core.Storage;
using NewsBot.Core.Text;

namespace NewsBot.Core.Digests;

/// <summary>
/// The period's themes: the keyphrases that most articles share, counted once per article (by stems, so "security
/// guarantee" and "Security Guarantees" are one theme), weighted by each article's relevance. Pure and thread-safe.
/// </summary>
public static class ThemeExtractor
{
    /// <summary>Up to <paramref name="count"/> themes, strongest first, each as most articles wrote it.</summary>
    public static IReadOnlyList<string> Themes(IReadOnlyList<StoredArticle> articles, int count = 8)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var themes = new Dictionary<string, (double Weight, int Articles, Dictionary<string, int> Surfaces)>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var weight = 1 + Math.Log(1 + Math.Max(0, article.Analysis.Relevance.Score));
            var phrases = article.Analysis.Keyphrases;
            foreach (var phrase in phrases.DistinctBy(KeyphraseExtractor.StemKey, StringComparer.Ordinal))
            {
                var key = KeyphraseExtractor.StemKey(phrase);
                if (key.Length == 0)
                    continue;
                var (total, seen, surfaces) = themes.TryGetValue(key, out var found) ? found : (0, 0, new Dictionary<string, int>(StringComparer.Ordinal));
                surfaces[phrase] = surfaces.GetValueOrDefault(phrase) + 1;
                themes[key] = (total + weight, seen + 1, surfaces);
            }
        }

        // A theme one article alone mentions is that article's, not the period's, unless the period has one article.
        var minimum = articles.Count > 1 ? 2 : 1;
        var ranked = themes
            .Where(t => t.Value.Articles >= minimum)
            .OrderByDescending(t => t.Value.Weight).ThenBy(t => t.Key, StringComparer.Ordinal);
        var chosen = new List<(string Key, string Surface)>(count);
        foreach (var (key, value) in ranked)
        {
            if (chosen.Count == count)
                break;
            // "defence minister" and "French defence minister" are one theme: the stronger one stands for both.
            if (chosen.Exists(c => Overlaps(c.Key, key)))
                continue;
            chosen.Add((key, value.Surfaces.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key));
        }

        return chosen.Select(c => c.Surface).ToList();
    }

    private static bool Overlaps(string a, string b)
    {
        var x = " " + a + " ";
        var y = " " + b + " ";
        return x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal);
    }
}
