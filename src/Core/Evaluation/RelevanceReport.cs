namespace NewsBot.Core.Evaluation;

/// <summary>The outcome of a relevance evaluation.</summary>
/// <param name="Splits">Decision counts per split name, plus "all".</param>
/// <param name="Errors">Every item the profile decided wrongly.</param>
/// <param name="HighestOffTopicScore">The highest score an off-topic item reached (the margin below the threshold), if any.</param>
/// <param name="LowestOnTopicScore">The lowest score a relevant item reached, if any.</param>
public sealed record RelevanceReport(
    IReadOnlyDictionary<string, ConfusionCounts> Splits,
    IReadOnlyList<RelevanceError> Errors,
    double? HighestOffTopicScore,
    double? LowestOnTopicScore);
