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
            return Demonyms.TryGetValue(first, out var alone) || (Capitals.TryGetValue(first, out var country) && Demonyms.TryGetValue(country, out alone))
                ? alone + " government" : name;
        if (!CueFinder.EndsInPossessiveS(first) || !NamedByAdjective(name) || CountryAdjective(first[..^2]) is not { } demonym)
            return name;
        return string.Concat(demonym, name.AsSpan(space));
    }

    // "Russia" -> "Russian"; a capital stands for its country: "Ankara's foreign ministry" is the Turkish one.
    private static string? CountryAdjective(ReadOnlySpan<char> place) =>
        Demonyms.TryGetValue(place, out var demonym) || (Capitals.TryGetValue(place, out var country) && Demonyms.TryGetValue(country, out demonym)) ? demonym : null;

    // Ministries, governments, embassies and services go by the adjective ("the Russian defence ministry"); other bodies keep
    // their own names, in which the country usually comes last ("General Staff of the Armed Forces of Ukraine").
    private static bool NamedByAdjective(string name)
    {
        var head = name.AsSpan(name.LastIndexOf(' ') + 1);
        // "India's Ministry of External Affairs" is the Indian Ministry of External Affairs.
        return head.Equals("ministry", StringComparison.OrdinalIgnoreCase) || name.AsSpan(name.IndexOf(' ') + 1).StartsWith("Ministry of ", StringComparison.Ordinal) || head.Equals("government", StringComparison.OrdinalIgnoreCase)
            || head.Equals("embassy", StringComparison.OrdinalIgnoreCase) || head.Equals("delegation", StringComparison.OrdinalIgnoreCase)
            // "Russia's Foreign Intelligence Service" is the Russian Foreign Intelligence Service.
            || head.Equals("service", StringComparison.OrdinalIgnoreCase);
    }
}
