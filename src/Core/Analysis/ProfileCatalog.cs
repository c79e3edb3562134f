using NewsBot.Core.Keywords;

namespace NewsBot.Core.Analysis;

/// <summary>The topic profiles in force, with the default one for channels that chose none.</summary>
public sealed class ProfileCatalog
{
    /// <summary>A catalog of <paramref name="profiles"/> whose default is <paramref name="defaultName"/>.</summary>
    public ProfileCatalog(IReadOnlyDictionary<string, CompiledProfile> profiles, string defaultName)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        if (!profiles.ContainsKey(defaultName))
            throw new InvalidDataException($"Default topic profile '{defaultName}' is not among the loaded profiles ({string.Join(", ", profiles.Keys)}).");
        Profiles = profiles;
        Default = profiles[defaultName];
    }

    /// <summary>All profiles by name.</summary>
    public IReadOnlyDictionary<string, CompiledProfile> Profiles { get; }

    /// <summary>The profiles as written, for what reads their entities and terms (identities, quote labels).</summary>
    public IEnumerable<TopicProfile> TopicProfiles => Profiles.Values.Select(p => p.Profile);

    /// <summary>The default profile.</summary>
    public CompiledProfile Default { get; }

    /// <summary>The named profile, or the default when <paramref name="name"/> is null or unknown.</summary>
    public CompiledProfile Get(string? name) => name is not null && Profiles.TryGetValue(name, out var p) ? p : Default;
}
