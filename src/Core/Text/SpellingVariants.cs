namespace NewsBot.Core.Text;

/// <summary>
/// Maps American spellings to British ones before stemming, so "defense" meets "defence" and "cease-fire" meets
/// "ceasefire". Applied to profile terms and article text alike.
/// </summary>
public static class SpellingVariants
{
    private static readonly (string From, string To)[] Pairs =
    [
        ("defense", "defence"), ("Defense", "Defence"), ("DEFENSE", "DEFENCE"),
        ("cease-fire", "ceasefire"), ("Cease-fire", "Ceasefire"), ("cease fire", "ceasefire"),
        ("Zelenskyy", "Zelensky"), ("Zelenskiy", "Zelensky"),
        ("Kiev", "Kyiv"),
    ];

    /// <summary>Rewrites known variants; offsets may shift, so use it for matching, not for quoting.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (from, to) in Pairs)
        {
            if (text.Contains(from, StringComparison.Ordinal))
                text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }
}
