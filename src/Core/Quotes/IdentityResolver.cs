using System.Collections.Frozen;
using NewsBot.Core.Keywords;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// One canonical identity per person or institution across all articles. "Mr Healey", "Healey", "John Healey" and
/// "Defence Secretary John Healey" fold to "John Healey"; "Sebastien Lecornu" to "Sébastien Lecornu" (names compare
/// without diacritics, case, titles and a leading "the"). Seeded by topic profiles' entities, loaded from and saved
/// to an <see cref="ISpeakerDirectory"/>, and grown by every name an article introduces. Thread-safe.
/// </summary>
public sealed class IdentityResolver
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IdentityEntry> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IdentityEntry>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IdentityEntry?> _byBareInstitutionKey = new(StringComparer.Ordinal);
    private readonly List<IdentityEntry> _entries = [];

    /// <summary>A resolver seeded with the entities of <paramref name="profiles"/> (aliases and roles).</summary>
    public static IdentityResolver FromProfiles(IEnumerable<TopicProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var resolver = new IdentityResolver();
        foreach (var entity in profiles.SelectMany(p => p.Entities).Where(e => e.Kind is "person" or "institution"))
        {
            resolver.Import(new SpeakerIdentity(entity.Name, entity.Kind)
            {
                Roles = entity.Role is null ? [] : [entity.Role],
                Aliases = entity.Aliases,
            });
            resolver.Seed(entity.Name, entity.Kind, entity.Role, entity.Gender switch { "male" => 'm', "female" => 'f', _ => '?' });
        }

        return resolver;
    }

    /// <summary>Every identity known, as the store keeps them.</summary>
    public IReadOnlyList<SpeakerIdentity> Identities
    {
        get
        {
            lock (_gate)
                return _entries.Select(e => e.ToIdentity()).ToList();
        }
    }

    /// <summary>Adds identities (seeds or the store's), merging aliases and roles into ones already known.</summary>
    public void Import(SpeakerIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        lock (_gate)
        {
            var kind = identity.Kind == "institution" ? SpeakerKind.Institution : SpeakerKind.Person;
            var entry = Lookup(identity.Canonical, kind) ?? Add(identity.Canonical, kind);
            foreach (var alias in identity.Aliases)
                AddAlias(entry, alias);
            foreach (var role in identity.Roles)
                entry.AddRole(role);
            entry.Dirty = false;
        }
    }

    // Marks a profile's entity, with its role: the only identities and roles the lookups for a new article trust.
    private void Seed(string name, string kind, string? role, char gender)
    {
        lock (_gate)
        {
            if (Lookup(name, kind == "institution" ? SpeakerKind.Institution : SpeakerKind.Person) is not { } entry)
                return;
            entry.Seeded = true;
            if (gender != '?')
                entry.SeedGender = gender;
            if (role is not null && !entry.SeedRoles.Contains(role, StringComparer.OrdinalIgnoreCase))
                entry.SeedRoles.Add(role);
        }
    }

    /// <summary>Loads every identity the directory holds.</summary>
    public async Task LoadAsync(ISpeakerDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        foreach (var identity in await directory.ListIdentitiesAsync(cancellationToken))
            Import(identity);
    }

    /// <summary>Saves the identities created or grown since the last load or save.</summary>
    public async Task SaveAsync(ISpeakerDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        List<SpeakerIdentity> changed;
        lock (_gate)
        {
            changed = _entries.Where(e => e.Dirty).Select(e => e.ToIdentity()).ToList();
            foreach (var entry in _entries)
                entry.Dirty = false;
        }

        foreach (var identity in changed)
            await directory.UpsertIdentityAsync(identity, cancellationToken);
    }

    /// <summary>
    /// The canonical identity for a name as an article gives it, creating one when the name is new. A surname alone
    /// joins the one person with that surname; when several share it, it stays as written.
    /// </summary>
    public SpeakerIdentity Resolve(string name, SpeakerKind kind, string? role = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (_gate)
        {
            var entry = Lookup(name, kind);
            if (entry is null)
            {
                entry = Add(name, kind);
            }
            else
            {
                AddAlias(entry, name);
            }

            entry.AddRole(role);
            return entry.ToIdentity();
        }
    }

    /// <summary>The identity a name or alias stands for, without creating one; null when unknown or ambiguous.</summary>
    public SpeakerIdentity? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_gate)
            return (Lookup(name, SpeakerKind.Person) ?? Lookup(name, SpeakerKind.Institution))?.ToIdentity();
    }

    /// <summary>
    /// The profile identity a name or alias stands for ("Healey" is John Healey), without creating one; null when
    /// unknown, ambiguous or learned only from articles: another article's "Bennett" may be anyone of that name.
    /// </summary>
    public SpeakerIdentity? FindSeeded(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_gate)
            return (Lookup(name, SpeakerKind.Person) ?? Lookup(name, SpeakerKind.Institution)) is { Seeded: true } entry ? entry.ToIdentity() : null;
    }

    /// <summary>The gender a topic profile gives the person a name or alias stands for: 'm', 'f', or '?' when none.</summary>
    public char SeededGender(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_gate)
            return Lookup(name, SpeakerKind.Person) is { Seeded: true } entry ? entry.SeedGender : '?';
    }

    /// <summary>
    /// The identity whose alias is <paramref name="phrase"/> ("the Defence Secretary") or whose profile role holds all
    /// its words. Only the roles topic profiles give count: the roles articles teach ("a senator", "the family's
    /// spokesman") belong to their article, and another article's "the senator" is rarely the same person.
    /// </summary>
    public SpeakerIdentity? FindByRole(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = RoleWords(phrase);
        if (words.Count == 0)
            return null;
        lock (_gate)
        {
            if (_byKey.TryGetValue(SpeakerKey.Of(phrase), out var exact) && exact.Kind == SpeakerKind.Person)
                return exact.ToIdentity();
            var matches = _entries.Where(e => e.SeedRoles.Any(r => words.All(RoleWords(r).Contains))).ToList();
            return matches.Count == 1 ? matches[0].ToIdentity() : null;
        }
    }

    // "the general" is no Secretary General; "Gen." is a general (NameLexicon.RoleWord). "France's president" is the
    // French president: a country's possessive counts as its adjective.
    private static List<string> RoleWords(string phrase)
    {
        var words = SpeakerKey.Words(phrase);
        var compared = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word == "s" && i > 0 && NameLexicon.FoldedDemonyms.ContainsKey(words[i - 1]))
                continue;
            if (NameLexicon.FoldedDemonyms.TryGetValue(word, out var adjective)
                || (word.Length > 2 && word[^1] == 's' && NameLexicon.FoldedDemonyms.TryGetValue(word[..^1], out adjective)))
                word = adjective;
            compared.Add(NameLexicon.RoleWord(i > 0 ? words[i - 1] : null, word));
        }

        return compared;
    }

    private IdentityEntry? Lookup(string name, SpeakerKind kind)
    {
        var key = SpeakerKey.Of(name);
        if (key.Length == 0)
            return null;
        if (_byKey.TryGetValue(key, out var found))
            return found;
        if (kind != SpeakerKind.Person)
            return kind == SpeakerKind.Institution ? OnlyNational(key) : null;
        var words = key.Split(' ');
        if (!_bySurname.TryGetValue(words[^1], out var sameSurname))
            return null;
        if (words.Length == 1)
            return sameSurname.Count == 1 ? sameSurname[0] : null;
        var first = words[0];
        var compatible = sameSurname.Where(e => e.FirstName is null || e.FirstName == first || (first.Length == 1 && e.FirstName[0] == first[0])).ToList();
        if (compatible.Count != 1)
            return null;
        // A surname shared by several people, one of them also known by surname alone: that one may be any of them.
        if (compatible[0].FirstName is null && sameSurname.Count > 1)
            return null;
        if (compatible[0].FirstName is null)
        {
            // A full name arrives for a person so far known by surname only: the full name becomes canonical.
            compatible[0].Canonical = SpeakerKey.Display(name);
            compatible[0].FirstName = first;
        }

        return compatible[0];
    }

    // "the Ministry of Defence" after the "UK Ministry of Defence": an institution named without its country is the
    // one national institution of that name, when only one is known; with the Greek and the Polish ministries of
    // foreign affairs both known, "the Ministry of Foreign Affairs" is neither (the index holds null for it).
    private IdentityEntry? OnlyNational(string key) => _byBareInstitutionKey.GetValueOrDefault(key);

    private void IndexNational(IdentityEntry entry, string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        if (entry.Kind != SpeakerKind.Institution || space < 0 || !CountryWords.Contains(key[..space]))
            return;
        var bare = key[(space + 1)..];
        _byBareInstitutionKey[bare] = _byBareInstitutionKey.TryGetValue(bare, out var known) && known != entry ? null : entry;
    }

    private static readonly FrozenSet<string> CountryWords =
        NameLexicon.Places.Concat(NameLexicon.FoldedDemonyms.Keys).Concat(NameLexicon.FoldedDemonyms.Values).ToFrozenSet(StringComparer.Ordinal);

    private IdentityEntry Add(string name, SpeakerKind kind)
    {
        var entry = new IdentityEntry(SpeakerKey.Display(name), kind);
        var words = SpeakerKey.Of(name).Split(' ');
        if (kind == SpeakerKind.Person)
        {
            entry.FirstName = words.Length > 1 ? words[0] : null;
            if (!_bySurname.TryGetValue(words[^1], out var list))
                _bySurname[words[^1]] = list = [];
            list.Add(entry);
        }

        _entries.Add(entry);
        AddAlias(entry, name);
        return entry;
    }

    private void AddAlias(IdentityEntry entry, string alias)
    {
        var key = SpeakerKey.Of(alias);
        if (key.Length == 0)
            return;
        if (_byKey.TryAdd(key, entry))
            IndexNational(entry, key);
        var display = SpeakerKey.Display(alias);
        if (!string.Equals(display, entry.Canonical, StringComparison.Ordinal) && !entry.Aliases.Contains(display, StringComparer.Ordinal))
        {
            entry.Aliases.Add(display);
            entry.Dirty = true;
        }
    }
}
