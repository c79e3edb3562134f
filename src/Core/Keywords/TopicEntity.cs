namespace NewsBot.Core.Keywords;

/// <summary>A person, institution or place the topic follows, with the names the press uses for it.</summary>
public sealed class TopicEntity
{
    /// <summary>The canonical name ("John Healey").</summary>
    public string Name { get; set; } = "";

    /// <summary>person, institution or place.</summary>
    public string Kind { get; set; } = "person";

    /// <summary>The role the press gives it ("UK Defence Secretary").</summary>
    public string? Role { get; set; }

    /// <summary>Other names: surnames, titles, transliterations ("Healey", "the Defence Secretary").</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>
    /// "male" or "female" for a person, when the profile knows: pronouns find the person by it, where a first name
    /// misleads ("Kristen Michal" is a man, "Camille Grand" too).
    /// </summary>
    public string? Gender { get; set; }

    /// <summary>Points a mention adds to the relevance score.</summary>
    public double Weight { get; set; }
}
