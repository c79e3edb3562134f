using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>
/// One name for a state's institutions however an article words them: "Russia's defence ministry" and "the Russian
/// defence ministry" are the same ministry, and a country or its capital that speaks ("Russia said", "Ankara says") is its
/// government. Without this each wording would be a separate speaker in the store and in <c>/speakers</c>.
/// </summary>
internal static class InstitutionNames
{
    // Countries by the adjective their institutions are named by (NameLexicon.Demonyms), looked up without a copy.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Demonyms =
        NameLexicon.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Capitals =
        NameLexicon.Capitals.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The canonical wording of an institution's name as written (determiners already dropped): a country's
    /// possessive becomes its adjective, a country alone its government; any other name is returned as it is.
    /// </summary>
    public static string Canonical(string name)
    {
        var space = name.IndexOf(' ');
        var first = space < 0 ? name.AsSpan() : name.AsSpan(0, space);
        if (space < 0)
            return CountryAdjective(first) is { } alone ? alone + " government" : name;
        if (!NamedByAdjective(name))
            return name;
        // "Britain's Ministry of Defence", "the British Ministry of Defence": the UK's and the US's institutions go by the
        // initials, as "UK Ministry of Defence" and "US State Department" are usually written.
        var owner = CueFinder.EndsInPossessiveS(first) ? first[..^2] : first;
        if (Initials(owner) is { } initials)
            return string.Concat(initials, name.AsSpan(space));
        if (!CueFinder.EndsInPossessiveS(first) || CountryAdjective(owner) is not { } demonym)
            return name;
        return string.Concat(demonym, name.AsSpan(space));
    }

    private static string? Initials(ReadOnlySpan<char> country) =>
        country is "Britain" or "British" or "UK" ? "UK" : country is "America" or "American" or "US" ? "US" : null;

    // "Russia" -> "Russian"; a capital stands for its country: "Ankara's foreign ministry" is the Turkish one.
    private static string? CountryAdjective(ReadOnlySpan<char> place) =>
        Demonyms.TryGetValue(place, out var demonym) || (Capitals.TryGetValue(place, out var country) && Demonyms.TryGetValue(country, out demonym)) ? demonym : null;

    // Ministries, governments, embassies and services go by the adjective ("the Russian defence ministry"); other bodies keep
    // their own names, in which the country usually comes last ("General Staff of the Armed Forces of Ukraine").
    private static bool NamedByAdjective(string name)
    {
        // "Ministry of Defence", "India's Ministry of External Affairs": the head comes before its "of".
        // "Russia's Permanent Mission to the EU": so does a mission's before the "to" of where it is sent.
        var of = name.IndexOf(" of ", StringComparison.Ordinal) is var o and >= 0 ? o : name.IndexOf(" to ", StringComparison.Ordinal);
        var named = of < 0 ? name.AsSpan() : name.AsSpan(0, of);
        var head = named[(named.LastIndexOf(' ') + 1)..];
        return head.Equals("ministry", StringComparison.OrdinalIgnoreCase) || head.Equals("government", StringComparison.OrdinalIgnoreCase)
            || head.Equals("embassy", StringComparison.OrdinalIgnoreCase) || head.Equals("delegation", StringComparison.OrdinalIgnoreCase)
            // "Russia's Foreign Intelligence Service" is the Russian Foreign Intelligence Service.
            || head.Equals("service", StringComparison.OrdinalIgnoreCase)
            || head.Equals("police", StringComparison.OrdinalIgnoreCase) || head.Equals("department", StringComparison.OrdinalIgnoreCase)
            || head.Equals("mission", StringComparison.OrdinalIgnoreCase);
    }
}
