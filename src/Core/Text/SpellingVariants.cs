namespace NewsBot.Core.Text;

/// <summary>
/// Brings spelling variants to one form before stemming, so "defense" meets "defence", "Zelenskyy" meets "Zelensky"
/// and "cease-fire" or "cease fire" meet "ceasefire". Applied to profile terms and article text alike, word by word
/// (<see cref="Canonical"/>, <see cref="Compound"/>) so offsets into the article stay true.
/// </summary>
public static class SpellingVariants
{
    // American (or transliterated) folded word -> the form the profiles use.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["defense"] = "defence", ["defenses"] = "defences", ["offense"] = "offence", ["armor"] = "armour",
        ["armored"] = "armoured", ["center"] = "centre", ["centers"] = "centres", ["program"] = "programme",
        ["programs"] = "programmes", ["organization"] = "organisation", ["organizations"] = "organisations",
        ["stabilization"] = "stabilisation", ["mobilization"] = "mobilisation", ["mobilize"] = "mobilise",
        ["demilitarized"] = "demilitarised", ["demilitarization"] = "demilitarisation", ["labor"] = "labour",
        ["zelenskyy"] = "zelensky", ["zelenskiy"] = "zelensky", ["zelenski"] = "zelensky",
        ["kiev"] = "kyiv",
    };

    // Compounds written closed, hyphenated or open: the pair of folded words -> the closed form.
    private static readonly Dictionary<(string, string), string> Compounds = new()
    {
        [("cease", "fire")] = "ceasefire", [("cease", "fires")] = "ceasefires",
        [("peace", "keepers")] = "peacekeepers", [("peace", "keeping")] = "peacekeeping",
        [("back", "stop")] = "backstop", [("air", "space")] = "airspace",
    };

    // The first words of the compounds, so most words skip the pair lookup.
    private static readonly HashSet<string> CompoundStarts = Compounds.Keys.Select(k => k.Item1).ToHashSet(StringComparer.Ordinal);

    /// <summary>The canonical form of a folded word (itself when it has no variant).</summary>
    public static string Canonical(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return Words.TryGetValue(folded, out var canonical) ? canonical : folded;
    }

    /// <summary>The closed compound two adjacent folded words form ("cease", "fire" -> "ceasefire"), or null.</summary>
    public static string? Compound(string first, string second) =>
        Compounds.TryGetValue((first, second), out var joined) ? joined : null;

    /// <summary>True when <paramref name="folded"/> is the first word of a known compound ("cease" of "cease fire").</summary>
    public static bool StartsCompound(string folded) => CompoundStarts.Contains(folded);

    /// <summary>Rewrites known variants in running text, for callers that match on strings rather than words.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
            return text;
        var builder = new System.Text.StringBuilder(text.Length);
        var last = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var gap = text.AsSpan(token.End, i + 1 < tokens.Count ? tokens[i + 1].Start - token.End : 0);
            if (i + 1 < tokens.Count && IsJoiner(gap) && StartsCompound(token.Value) && Compound(token.Value, tokens[i + 1].Value) is { } joined)
            {
                builder.Append(text, last, token.Start - last).Append(joined);
                last = tokens[++i].End;
                continue;
            }

            var canonical = Canonical(token.Value);
            if (!ReferenceEquals(canonical, token.Value))
            {
                builder.Append(text, last, token.Start - last).Append(canonical);
                last = token.End;
            }
        }

        return builder.Append(text, last, text.Length - last).ToString();
    }

    /// <summary>True when the characters between two words let them form a compound: one hyphen or one space.</summary>
    public static bool IsJoiner(ReadOnlySpan<char> gap) => gap is "-" or " " or "‐" or "‑";
}
