using Lucene.Net.Tartarus.Snowball.Ext;

namespace NewsBot.Core.Text;

/// <summary>
/// The Snowball English (Porter2) stemmer from Lucene.Net. The Lucene stemmer object is stateful, so each thread
/// keeps its own; the static entry point is therefore thread-safe.
/// </summary>
public static class Stemmer
{
    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    /// <summary>The stem of an already folded, lower-case word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3)
            return word;
        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
