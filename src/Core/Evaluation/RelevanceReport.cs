namespace NewsBot.Core.Evaluation;

/// <summary>The outcome of a relevance evaluation.</summary>
/// <param name="Splits">Decision counts per split name, plus "all".</param>
/// <param name="Errors">Every item the profile decided wrongly.</param>
public sealed record RelevanceReport(IReadOnlyDictionary<string, ConfusionCounts> Splits, IReadOnlyList<RelevanceError> Errors);
