namespace NewsBot.Core.Keywords;

/// <summary>
/// A topic as configuration: weighted terms, required and excluded contexts, entities and a threshold.
/// Loaded from a JSON file in the profiles folder, so editors change a topic without a build.
/// </summary>
public sealed class TopicProfile
{
    /// <summary>The profile's key, used by channels and commands ("coalition").</summary>
    public string Name { get; set; } = "";

    /// <summary>A line for /help and the digest header.</summary>
    public string Description { get; set; } = "";

    /// <summary>The score an article must reach to be relevant.</summary>
    public double Threshold { get; set; } = 5;

    /// <summary>Words and phrases that make an article relevant.</summary>
    public List<WeightedTerm> Terms { get; set; } = [];

    /// <summary>Groups of terms: an article is relevant only if it matches at least one term of every group.</summary>
    public List<List<string>> Required { get; set; } = [];

    /// <summary>Words and phrases that mark a different story (their weights are subtracted).</summary>
    public List<WeightedTerm> Excluded { get; set; } = [];

    /// <summary>People, institutions and places of the topic.</summary>
    public List<TopicEntity> Entities { get; set; } = [];
}
