using NewsBot.Core.Text;

namespace NewsBot.Core.Storage.Dedup;

/// <summary>
/// The word shingles near-duplicate detection compares: hashes of consecutive pairs of content words (stop words
/// and one-letter tokens dropped), so a rewrite that keeps most phrasing shares most shingles while two stories
/// that merely share a vocabulary share few. Texts with fewer than two content words use single words.
/// </summary>
public static class Shingles
{
    /// <summary>The distinct shingle hashes of the folded words <paramref name="words"/>, in no particular order.</summary>
    public static ulong[] Of(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var content = new List<ulong>(words.Count);
        foreach (var word in words)
        {
            if (word.Length > 1 && !StopWords.Contains(word))
                content.Add(Hash(word));
        }

        if (content.Count < 2)
            return [.. content.Distinct()];
        var set = new HashSet<ulong>(content.Count);
        for (var i = 1; i < content.Count; i++)
            set.Add(MinHash.Mix((content[i - 1] * 0x9E37_79B9_7F4A_7C15UL) ^ content[i]));
        return [.. set];
    }

    // FNV-1a: stable across processes and runtimes (string.GetHashCode is randomised per process).
    private static ulong Hash(string word)
    {
        var hash = 0xCBF2_9CE4_8422_2325UL;
        foreach (var c in word)
        {
            hash ^= c;
            hash *= 0x0000_0100_0000_01B3UL;
        }

        return hash;
    }
}
