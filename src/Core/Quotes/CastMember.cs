namespace NewsBot.Core.Quotes;

/// <summary>One person, institution or unnamed source as one article introduces it, with the names and roles it uses.</summary>
internal sealed class CastMember(string name, SpeakerKind kind)
{
    /// <summary>The fullest name the article gives ("John Healey"), or the phrase for an unnamed source.</summary>
    public string Name { get; set; } = name;

    /// <summary>Person, institution or unnamed.</summary>
    public SpeakerKind Kind { get; set; } = kind;

    /// <summary>'m', 'f' or '?' (unknown).</summary>
    public char Gender { get; set; } = '?';

    /// <summary>The roles the article gives ("Defence Secretary"), first one first.</summary>
    public List<string> Roles { get; } = [];

    /// <summary>The folded surname of a person; null otherwise.</summary>
    public string? Surname { get; set; }

    /// <summary>The folded first name of a person, when the article gives it.</summary>
    public string? FirstName { get; set; }

    /// <summary>True when the unnamed source is plural ("officials").</summary>
    public bool Plural { get; set; }

    /// <summary>Adds a role once.</summary>
    public void AddRole(string? role)
    {
        if (!string.IsNullOrWhiteSpace(role) && !Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
            Roles.Add(role);
    }
}
