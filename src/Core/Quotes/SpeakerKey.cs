using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// How speaker names compare: folded (no case, diacritics or apostrophes), without honorifics, role words before a
/// name, or a leading "the". "Mr Healey" and "Defence Secretary John Healey" key as "healey" and "john healey".
/// </summary>
public static class SpeakerKey
{
    /// <summary>The comparison key of <paramref name="name"/>; empty when nothing remains.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = Words(name);
        var start = 0;
        // Role words before a personal name ("Defence Secretary John Healey") are not part of the key, but an
        // institution made only of such words ("Ministry of Defence") keeps them all, and one named with its country
        // keeps that too: the Greek and the Polish Ministry of Foreign Affairs are two.
        var institution = words.Any(NameLexicon.InstitutionWords.Contains);
        while (start < words.Count - 1 && (NameLexicon.Honorifics.Contains(words[start])
            || (!institution && NameLexicon.RoleWords.Contains(words[start]) && !NameLexicon.RoleWords.Contains(words[^1]))))
            start++;
        return string.Join(' ', words.Skip(start));
    }

    /// <summary>The folded words of <paramref name="name"/> without a leading "the".</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = Tokenizer.Tokenize(name).Select(t => t.Value).ToList();
        if (words.Count > 1 && words[0] == "the")
            words.RemoveAt(0);
        return words;
    }

    /// <summary>A name as shown: trimmed, single-spaced, with honorifics dropped ("Mr Healey" -> "Healey").</summary>
    public static string Display(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && NameLexicon.Honorifics.Contains(words[0]))
            words.RemoveAt(0);
        return string.Join(' ', words);
    }
}
