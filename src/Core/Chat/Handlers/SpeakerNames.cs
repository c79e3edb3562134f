using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>
/// Turns the name an editor typed into the canonical speaker the store keeps ("Lecornu" -> "Sébastien Lecornu"),
/// and finds close names when nothing matches ("Heally" -> "John Healey"), from the known identities and the
/// store's speakers.
/// </summary>
public sealed class SpeakerNames(INewsStore store, IdentityResolver? identities = null)
{
    /// <summary>The canonical name for <paramref name="typed"/>, or the typed name when no identity is known.</summary>
    public string Canonical(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        // "Russia" asks for the Russian government, which is how a country's own words are kept (see InstitutionNames).
        return identities?.Find(typed)?.Canonical ?? identities?.Find(InstitutionNames.Canonical(typed.Trim()))?.Canonical ?? typed;
    }

    /// <summary>Up to three known names close to <paramref name="typed"/>, closest first.</summary>
    public async Task<IReadOnlyList<string>> SuggestAsync(string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var folded = Tokenizer.Fold(typed.Trim());
        var names = new List<(string Name, IEnumerable<string> Forms)>();
        if (identities is not null)
            names.AddRange(identities.Identities.Select(i => (i.Canonical, i.Aliases.Append(i.Canonical))));
        foreach (var speaker in await store.ListSpeakersAsync(null, null, cancellationToken))
            names.Add((speaker.Speaker, [speaker.Speaker]));
        return names
            .Select(n => (n.Name, Distance: n.Forms.SelectMany(f => f.Split(' ').Append(f)).Min(part => EditDistance.Of(Tokenizer.Fold(part), folded))))
            .Where(n => n.Distance > 0 || !string.Equals(Tokenizer.Fold(n.Name), folded, StringComparison.Ordinal))
            .Where(n => n.Distance <= Math.Max(1, folded.Length / 3))
            .OrderBy(n => n.Distance).ThenBy(n => n.Name, StringComparer.Ordinal)
            .Select(n => n.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(3)
            .ToList();
    }
}
