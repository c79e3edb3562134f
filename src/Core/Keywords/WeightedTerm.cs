namespace NewsBot.Core.Keywords;

/// <summary>A word or phrase of a topic profile and how much a match counts.</summary>
public sealed class WeightedTerm
{
    /// <summary>The word or phrase as an editor writes it ("coalition of the willing").</summary>
    public string Text { get; set; } = "";

    /// <summary>Points a match adds to the relevance score (negative to penalise).</summary>
    public double Weight { get; set; } = 1;
}
