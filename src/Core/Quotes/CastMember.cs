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

    /// <summary>
    /// The role a topic profile gives the person ("German Chancellor"), kept apart from the article's own roles: it
    /// may be out of date, so descriptions try it only when no role the article gave fits.
    /// </summary>
    public string? SeedRole { get; private set; }

    /// <summary>The first role the article gives, else the profile's.</summary>
    public string? FirstRole => Roles.Count > 0 ? Roles[0] : SeedRole;

    /// <summary>The folded surname of a person; null otherwise.</summary>
    public string? Surname { get; set; }

    /// <summary>The age the article gave ("Hanno Pevkur, 47,"), which "the 47-year-old" calls them by; 0 when none.</summary>
    public int Age { get; set; }

    /// <summary>The folded first name of a person, when the article gives it.</summary>
    public string? FirstName { get; set; }

    /// <summary>How often the article has mentioned this member so far.</summary>
    public int Mentions { get; set; }

    /// <summary>True when the unnamed source is plural ("officials").</summary>
    public bool Plural { get; set; }

    /// <summary>
    /// True for an unnamed source that is one person ("a Romanian officer", "a diplomat from a southern member state"):
    /// "he" or "she" may refer to it, as to a named person. False for documents ("a statement") and groups.
    /// </summary>
    public bool OnePerson { get; set; }

    /// <summary>True for a named person or an unnamed source that is one person: what "he" and "she" can refer to.</summary>
    public bool IsPersonal => Kind == SpeakerKind.Person || (Kind == SpeakerKind.Unnamed && OnePerson);

    /// <summary>
    /// The folded words of the roles (and, for an unnamed source, the phrase) that definite descriptions are matched
    /// against; null until first needed. <see cref="ArticleCast"/> rebuilds it when roles, name or kind change.
    /// </summary>
    public HashSet<string>? DescriptionWords { get; set; }

    /// <summary>The words of <see cref="DescriptionWords"/> before each role's first preposition: what heads a description.</summary>
    public HashSet<string>? HeadWords { get; set; }

    /// <summary>
    /// <see cref="DescriptionWords"/> and <see cref="HeadWords"/> with the words of <see cref="SeedRole"/> added, and the
    /// <see cref="DescribedFrom"/> they were built from; null until a description first tries the profile's role.
    /// </summary>
    public ((int Roles, string Name, SpeakerKind Kind) From, HashSet<string> Known, HashSet<string> Heads)? SeededWords { get; set; }

    /// <summary>The role count, name and kind <see cref="DescriptionWords"/> was built from.</summary>
    public (int Roles, string Name, SpeakerKind Kind) DescribedFrom { get; set; }

    /// <summary>The number of the description lookup that last judged this member, and its verdict.</summary>
    public (int Lookup, bool Fits) LastVerdict { get; set; }

    /// <summary>Adds a role once; a role that says a person's sex ("spokeswoman") tells their gender when unknown.</summary>
    public void AddRole(string? role)
    {
        if (string.IsNullOrWhiteSpace(role) || Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
            return;
        Roles.Add(role);
        if (Gender == '?' && Kind == SpeakerKind.Person)
            Gender = GenderOfRole(role);
    }

    /// <summary>Sets the profile's role; like an article's, a role that says a person's sex tells their gender when unknown.</summary>
    public void AddSeedRole(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
            return;
        SeedRole ??= role;
        if (Gender == '?' && Kind == SpeakerKind.Person)
            Gender = GenderOfRole(role);
    }

    // The gender the first word of the role that states one gives ("government spokeswoman").
    private static char GenderOfRole(string role)
    {
        foreach (var word in role.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (NameLexicon.GenderOfNoun(word) is not '?' and var gender)
                return gender;
        }

        return '?';
    }
}
