namespace NewsBot.Core.Storage;

/// <summary>One canonical person or institution, with the names and roles the press uses for it.</summary>
/// <param name="Canonical">The canonical name ("Sébastien Lecornu", "the Kremlin").</param>
/// <param name="Kind">person, institution or unnamed.</param>
public sealed record SpeakerIdentity(string Canonical, string Kind)
{
    /// <summary>Roles seen with this speaker ("French defence minister").</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Other names seen ("Lecornu", "Sebastien Lecornu", "Mr Lecornu").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
