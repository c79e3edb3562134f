using Lucene.Net.Tartarus.Snowball.Ext;

namespace NewsBot.Core.Text;

/// <summary>
/// The Snowball English (Porter2) stemmer from Lucene.Net. The Lucene stemmer object is stateful, so each thread
/// keeps its own, with a cache of recent words: news vocabulary repeats heavily and stemming is the costliest step
/// of matching. The static entry point is thread-safe.
/// </summary>
public static class Stemmer
{
    // Bounded so a long-running ingestion thread cannot grow it without limit; cleared when full.
    private const int CacheLimit = 100_000;

    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    [ThreadStatic]
    private static Dictionary<string, string>? _cache;

    /// <summary>The stem of an already folded, lower-case word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3)
            return word;
        var cache = _cache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (cache.TryGetValue(word, out var stem))
            return stem;
        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        stem = stemmer.Current;
        if (cache.Count >= CacheLimit)
            cache.Clear();
        cache[word] = stem;
        return stem;
    }
}
