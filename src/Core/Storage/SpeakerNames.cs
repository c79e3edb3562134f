using NewsBot.Core.Text;

namespace NewsBot.Core.Storage;

/// <summary>
/// How the stores compare speaker names: folded (lower case, no diacritics, no punctuation), with courtesy titles
/// dropped from a query, so "Mr Lecornu", "lecornu" and "Sébastien Lecornu" all find quotes by Sébastien Lecornu.
/// </summary>
public static class SpeakerNames
{
    // Titles the press puts before a name; a query keeps at least one word.
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
    };

    /// <summary>The folded name: "Sébastien  Lecornu" -> "sebastien lecornu".</summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', Tokenizer.Tokenize(name).Select(t => t.Value));
    }

    /// <summary>The folded form of a user's speaker query, courtesy titles dropped; empty when nothing is left.</summary>
    public static string QueryForm(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = Tokenizer.Tokenize(query).Select(t => t.Value).ToList();
        while (words.Count > 1 && Titles.Contains(words[0]))
            words.RemoveAt(0);
        return string.Join(' ', words);
    }

    /// <summary>
    /// LIKE patterns that find <paramref name="forms"/> as a whole name, a surname or a first name. Folded names
    /// hold only letters, digits and spaces, so no user text can act as a LIKE wildcard.
    /// </summary>
    public static IReadOnlyList<string> LikePatterns(IEnumerable<string> forms) =>
        forms.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).SelectMany(f => new[] { f, "% " + f, f + " %" }).ToList();

    /// <summary>The identity's folded names as one searchable key: "|canonical|alias|...|".</summary>
    public static string NamesKey(SpeakerIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return "|" + string.Join('|', new[] { identity.Canonical }.Concat(identity.Aliases).Select(Fold).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal)) + "|";
    }

    /// <summary>
    /// <paramref name="form"/> followed by every name in <paramref name="namesKeys"/> (keys made by <see cref="NamesKey"/>):
    /// a query for one name of an identity also finds the quotes filed under its other names.
    /// </summary>
    public static IReadOnlyList<string> FormsWith(string form, IEnumerable<string> namesKeys) =>
        [form, .. namesKeys.SelectMany(k => k.Split('|', StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>The existing identity with the incoming kind and any new roles and aliases appended (first seen first).</summary>
    public static SpeakerIdentity Merge(SpeakerIdentity? existing, SpeakerIdentity incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (existing is null)
            existing = incoming with { Roles = [], Aliases = [] };
        return existing with
        {
            Kind = incoming.Kind,
            Roles = existing.Roles.Concat(incoming.Roles).Distinct(StringComparer.Ordinal).ToList(),
            Aliases = existing.Aliases.Concat(incoming.Aliases).Where(a => a != existing.Canonical).Distinct(StringComparer.Ordinal).ToList(),
        };
    }
}
