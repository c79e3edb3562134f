using NewsBot.Core.Storage;

namespace NewsBot.Core.Quotes;

/// <summary>The resolver's mutable record of one identity; guarded by the resolver's lock.</summary>
internal sealed class IdentityEntry(string canonical, SpeakerKind kind)
{
    public string Canonical { get; set; } = canonical;

    public SpeakerKind Kind { get; } = kind;

    public string? FirstName { get; set; }

    public List<string> Roles { get; } = [];

    public List<string> Aliases { get; } = [];

    /// <summary>True for a topic profile's entity.</summary>
    public bool Seeded { get; set; }

    /// <summary>The roles a topic profile gives this identity (not saved: profiles give them again at every start).</summary>
    public List<string> SeedRoles { get; } = [];

    /// <summary>The gender a topic profile gives this person: 'm', 'f' or '?' (not saved, as <see cref="SeedRoles"/>).</summary>
    public char SeedGender { get; set; } = '?';

    /// <summary>True when created or grown since the last save.</summary>
    public bool Dirty { get; set; } = true;

    public void AddRole(string? role)
    {
        if (string.IsNullOrWhiteSpace(role) || Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
            return;
        Roles.Add(role);
        Dirty = true;
    }

    public SpeakerIdentity ToIdentity() => new(Canonical, Kind == SpeakerKind.Institution ? "institution" : "person")
    {
        Roles = Roles.ToList(),
        Aliases = Aliases.ToList(),
    };
}
